package org.iecmhc.lms.offering;

/** The role a registrant gives for themselves in their program. */
public enum ParticipantRole {
    DIRECTOR, TEACHER, ASSISTANT, FAMILY_CHILD_CARE_PROVIDER, FAMILY_FRIEND_NEIGHBOR, OTHER;

    public String messageKey() {
        return "offering.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
