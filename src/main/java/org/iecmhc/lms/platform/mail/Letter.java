package org.iecmhc.lms.platform.mail;

import java.util.List;
import java.util.Objects;

import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.text.EmailFormat;

/**
 * A mail a feature asks for, in the words of the bundles; the outbox renders it in the recipient's language.
 * The recipient is one well-formed address with no space or control character, so no header can be added through it;
 * the subject is rendered on one line whatever the arguments hold ({@link Composer}).
 *
 * @param to         one address
 * @param language   the recipient's language
 * @param subjectKey bundle key of the subject (a MessageFormat pattern over {@code arguments})
 * @param bodyKey    bundle key of the body (same arguments; blank lines separate paragraphs)
 * @param arguments  the values the patterns name as {0}, {1}…
 * @param link       an absolute address built with {@link PublicLinks}, or null when the mail points nowhere
 * @param reasonKey  bundle key of the footer sentence saying why the person gets this mail (same arguments)
 */
public record Letter(String to, Language language, String subjectKey, String bodyKey, List<String> arguments,
                     String link, String reasonKey) {

    public Letter {
        if (to == null || !to.equals(to.strip()) || to.chars().anyMatch(Character::isISOControl)
                || !EmailFormat.isWellFormed(to)) {
            throw new IllegalArgumentException("Not one mail address: " + printable(to));
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(bodyKey, "bodyKey");
        Objects.requireNonNull(reasonKey, "reasonKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))
                || link != null && link.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("Not an absolute link: " + printable(link));
        }
    }

    private static String printable(String text) {
        return text == null ? "null" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
