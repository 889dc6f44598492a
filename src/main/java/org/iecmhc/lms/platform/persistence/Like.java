package org.iecmhc.lms.platform.persistence;

import java.util.Locale;

/** Search text made into a LIKE pattern: lower case, and the person's own % and _ taken literally. */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** For suggestions as the person types: what begins with the text (everything for none). */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    private static String literal(String text) {
        return (text == null ? "" : text.trim().toLowerCase(Locale.ROOT))
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
