package org.iecmhc.lms.platform.text;

import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * A web address typed into a form (a meeting link, a recording link): blank means none, anything else must be an
 * http(s) address without spaces that fits its column, or it is refused at its field.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** The address stripped of surrounding spaces, or null when blank. */
    public static String checked(String typed, int limit, String field, String messageKey) {
        String link = typed == null || typed.isBlank() ? null : typed.strip();
        if (link != null) {
            TypedText.requireFits(link, limit, InputRejected::new, field, messageKey);
            if (!link.matches("https?://[^\\s<>\"]+")) {
                throw new InputRejected(field, messageKey);
            }
        }
        return link;
    }
}
