package org.iecmhc.lms.consultation;

/** What the consultant did in one logged activity. */
public enum ActivityKind {
    OBSERVATION, REFLECTIVE_CONVERSATION, ACTION_PLANNING, TRAINING;

    public String messageKey() {
        return "consultation.kind." + name();
    }
}
