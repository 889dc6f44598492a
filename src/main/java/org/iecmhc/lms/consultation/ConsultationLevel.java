package org.iecmhc.lms.consultation;

/** Whether a consultation works with one classroom or with the program as a whole. */
public enum ConsultationLevel {
    CLASSROOM, PROGRAMMATIC;

    public String messageKey() {
        return "consultation.level." + name();
    }
}
