package org.iecmhc.lms.platform.text;

import java.util.regex.Pattern;

/** Whether text looks like an email address; deliberately loose, as the only real check is sending mail. */
public final class EmailFormat {

    public static final int MAX_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailFormat() {
    }

    public static boolean isWellFormed(String email) {
        return email != null && email.length() <= MAX_LENGTH && EMAIL.matcher(email.trim()).matches();
    }
}
