package org.iecmhc.lms.platform.text;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What any text a person or a file hands in may hold, whatever the field. Control characters are refused: a NUL
 * breaks exports and other systems, and the direction overrides and isolates (U+202A..U+202E, U+2066..U+2069) make
 * a name read differently from what is stored ("Trojan Source" spoofing). Line breaks and tabs are text only where
 * the field has several lines. Text is stored trimmed, and optional text typed blank is stored as none, so a length
 * limit counts the trimmed text: each feature names its limits once, equal to its columns' sizes.
 */
public final class TypedText {

    private TypedText() {
    }

    public static boolean hasControlCharacters(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\n' || c == '\r' || c == '\t';
            if (layout ? !multiLine : Character.getType(c) == Character.CONTROL || isDirectionControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text without surrounding spaces, or null when nothing but spaces was typed. */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Whether the text, once trimmed, fits in {@code limit} characters; no text always fits. */
    public static boolean fits(String text, int limit) {
        return text == null || text.trim().length() <= limit;
    }

    /** Refuses text that does not {@link #fits fit} with the feature's own rejection, naming the field and message. */
    public static void requireFits(String text, int limit, BiFunction<String, String, ? extends RuntimeException> rejection,
                                   String field, String messageKey) {
        if (!fits(text, limit)) {
            throw rejection.apply(field, messageKey);
        }
    }

    /**
     * The text in lower case with every run of white space (as the regular expression {@code \\s} means it) made one
     * space and none at either end: how a name read from a file is compared. A loop rather than a regular expression,
     * as an import calls it for every line.
     */
    public static String lowerSingleSpaced(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isDirectionControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
