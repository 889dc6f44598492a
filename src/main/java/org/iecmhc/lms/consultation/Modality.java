package org.iecmhc.lms.consultation;

/** How the consultant meets the program: in person or by video. */
public enum Modality {
    ON_SITE, VIRTUAL;

    public String messageKey() {
        return "consultation.modality." + name();
    }
}
