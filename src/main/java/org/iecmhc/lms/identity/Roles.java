package org.iecmhc.lms.identity;

/** Role names as compile-time constants for annotations; each equals the matching {@link Role#name()}. */
public final class Roles {
    public static final String TRAINEE = "TRAINEE";
    public static final String FACULTY = "FACULTY";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String HELPLINE_STAFF = "HELPLINE_STAFF";
    public static final String CONSULTANT = "CONSULTANT";

    private Roles() {
    }
}
