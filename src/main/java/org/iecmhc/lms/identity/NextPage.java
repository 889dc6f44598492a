package org.iecmhc.lms.identity;

/** Where to go after signing in: only a path inside this application, so that no one is sent elsewhere by it. */
public final class NextPage {

    private static final String HOME = "/index.xhtml";

    private NextPage() {
    }

    /** The path asked for if it is local (and not the sign-in page itself), else the home page. */
    public static String within(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml");
        return local ? next : HOME;
    }
}
