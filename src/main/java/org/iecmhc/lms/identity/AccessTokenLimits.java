package org.iecmhc.lms.identity;

/** The limits of access tokens, declared once for the rules, the pages and the API (and checked against V31). */
public final class AccessTokenLimits {

    /** The name column's size. */
    public static final int NAME = 100;
    /** How many tokens one account may hold, expired ones included: the list stays short and needs no paging. */
    public static final int PER_ACCOUNT = 50;
    /** The furthest expiry, in days from today: a token that never expires is a password nobody changes. */
    public static final int MAX_DAYS = 366;

    private AccessTokenLimits() {
    }
}
