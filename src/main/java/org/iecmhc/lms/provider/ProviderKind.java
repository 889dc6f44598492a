package org.iecmhc.lms.provider;

/** The three kinds of child care the Network serves. */
public enum ProviderKind {
    CENTER_BASED, FAMILY_CHILD_CARE_HOME, FFN_CAREGIVER;

    public String messageKey() {
        return "provider.kind." + name();
    }
}
