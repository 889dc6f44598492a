package org.iecmhc.lms.platform.security;

/** Role names as compile-time constants for annotations; each equals the name of one of identity's Role values. */
public final class Roles {
    public static final String TRAINEE = "TRAINEE";
    public static final String FACULTY = "FACULTY";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String HELPLINE_STAFF = "HELPLINE_STAFF";
    public static final String CONSULTANT = "CONSULTANT";

    private Roles() {
    }
}
