package org.iecmhc.lms.platform.imports;

import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Messages;

/** Why one line of an import file cannot be stored: a message key and its arguments, translated when shown. */
public record ImportProblem(int line, String messageKey, Object... args) {

    public String message(Locale locale) {
        return Messages.text(locale, messageKey, args);
    }
}
