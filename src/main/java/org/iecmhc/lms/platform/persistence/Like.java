package org.iecmhc.lms.platform.persistence;

import java.util.Locale;

/** Search text made into a LIKE pattern: lower case, and the person's own % and _ taken literally. */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
