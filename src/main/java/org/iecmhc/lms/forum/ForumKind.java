package org.iecmhc.lms.forum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a forum belongs: every cohort, course and Community of Practice series has one. */
public enum ForumKind {
    COHORT, COURSE, SERIES;

    public String messageKey() {
        return "forum.kind." + name();
    }

    /** The kind as addresses write it ({@code ?kind=course}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ForumKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
