package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Messages;

/** Why one line of a roster cannot be imported: a message key and its arguments, read in the reader's language. */
public record RosterProblem(int line, String key, List<Serializable> args) implements Serializable {

    public static RosterProblem at(int line, String key, Serializable... args) {
        return new RosterProblem(line, key, List.of(args));
    }

    public String message(Locale locale) {
        return Messages.text(locale, key, args.toArray());
    }
}
