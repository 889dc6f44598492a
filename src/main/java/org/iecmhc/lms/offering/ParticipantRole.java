package org.iecmhc.lms.offering;

import org.iecmhc.lms.provider.ProviderKind;

/** The role a registrant gives for themselves in their program. */
public enum ParticipantRole {
    DIRECTOR, TEACHER, ASSISTANT, FAMILY_CHILD_CARE_PROVIDER, FAMILY_FRIEND_NEIGHBOR, OTHER;

    /**
     * The kind of program a registrant in this role most likely works in, for a program the registry does not know
     * yet; staff correct it when they confirm the entry.
     */
    public ProviderKind providerKind() {
        return switch (this) {
            case FAMILY_CHILD_CARE_PROVIDER -> ProviderKind.FAMILY_CHILD_CARE_HOME;
            case FAMILY_FRIEND_NEIGHBOR -> ProviderKind.FFN_CAREGIVER;
            default -> ProviderKind.CENTER_BASED;
        };
    }

    public String messageKey() {
        return "offering.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
