package org.iecmhc.lms.practicum;

/** What the trainee did during a stretch of practicum time. */
public enum PracticumActivity {
    OBSERVATION, REFLECTIVE_CONVERSATION, ACTION_PLANNING, PROGRAM_LEVEL_MEETING;

    public String messageKey() {
        return "practicum.activity." + name();
    }
}
