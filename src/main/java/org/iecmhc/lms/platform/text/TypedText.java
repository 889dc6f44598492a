package org.iecmhc.lms.platform.text;

/**
 * What any text a person or a file hands in may hold, whatever the field. Control characters are refused: a NUL
 * breaks exports and other systems, and the direction overrides and isolates (U+202A..U+202E, U+2066..U+2069) make
 * a name read differently from what is stored ("Trojan Source" spoofing). Line breaks and tabs are text only where
 * the field has several lines.
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

    private static boolean isDirectionControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
