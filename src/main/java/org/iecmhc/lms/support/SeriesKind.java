package org.iecmhc.lms.support;

/**
 * What a series is to the Network: a Community of Support (the targeted tier) or a Community of Practice for
 * providers. Both are run alike; the offerings page names them apart and the impact report counts them apart.
 */
public enum SeriesKind {
    COMMUNITY_OF_SUPPORT,
    PROVIDER_PRACTICE;

    public String messageKey() {
        return "providerCop.kind." + name();
    }
}
