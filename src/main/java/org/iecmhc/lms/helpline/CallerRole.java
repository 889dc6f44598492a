package org.iecmhc.lms.helpline;

/** Who called the helpline; the codes are those of the import files. */
public enum CallerRole {
    CENTER_STAFF, FCC_PROVIDER, FFN_CAREGIVER, OTHER;

    public String messageKey() {
        return "helpline.callerRole." + name();
    }
}
