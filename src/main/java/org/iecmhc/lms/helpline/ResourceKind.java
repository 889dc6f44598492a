package org.iecmhc.lms.helpline;

/** What kind of help a referral resource gives, as the helpline sorts its directory. */
public enum ResourceKind {
    MENTAL_HEALTH, EARLY_INTERVENTION, FAMILY_SUPPORT, CHILD_CARE, HEALTH, BASIC_NEEDS, OTHER;

    public String messageKey() {
        return "referral.kind." + name();
    }
}
