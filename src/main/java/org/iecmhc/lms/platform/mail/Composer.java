package org.iecmhc.lms.platform.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * Renders a letter in its language: the Network's name, the body, the link, and a footer saying why the person got
 * it and where to change their notification settings. The subject becomes one line whatever the arguments hold (a
 * name typed with a line break cannot start a header of its own); the HTML escapes every argument.
 */
@ApplicationScoped
public class Composer {

    static final String SETTINGS_PAGE = "/notification/preferences.xhtml";

    private PublicLinks links;

    protected Composer() {
    }

    @Inject
    public Composer(PublicLinks links) {
        this.links = links;
    }

    public Composition compose(Letter letter) {
        Locale locale = letter.language().locale();
        Object[] arguments = letter.arguments().toArray();
        String network = Messages.text(locale, "app.name");
        String subject = oneLine(Messages.text(locale, letter.subjectKey(), arguments));
        List<String> paragraphs = paragraphs(Messages.text(locale, letter.bodyKey(), arguments));
        String reason = Messages.text(locale, letter.reasonKey(), arguments);
        String settingsLink = links.to(SETTINGS_PAGE);
        String settings = Messages.text(locale, "outbox.footer.settings", settingsLink);
        return new Composition(abbreviate(subject, MailLimits.SUBJECT),
                text(network, paragraphs, letter.link(), reason, settings),
                html(locale, network, paragraphs, letter.link(), reason, settingsLink));
    }

    private static String text(String network, List<String> paragraphs, String link, String reason, String settings) {
        StringBuilder text = new StringBuilder(network).append("\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        if (link != null) {
            text.append(link).append("\n\n");
        }
        return text.append("-- \n").append(reason).append('\n').append(settings).append('\n').toString();
    }

    private static String html(Locale locale, String network, List<String> paragraphs, String link, String reason,
                               String settingsLink) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(network)).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif; max-width: 40em;\">\n<h1 style=\"font-size: 1.2em;\">")
                .append(escape(network)).append("</h1>\n");
        paragraphs.forEach(paragraph -> html.append("<p>").append(escape(paragraph).replace("\n", "<br>\n")).append("</p>\n"));
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\">")
                    .append(escape(Messages.text(locale, "outbox.openLink"))).append("</a><br>\n")
                    .append(escape(link)).append("</p>\n");
        }
        String settingsAnchor = "<a href=\"" + escape(settingsLink) + "\">" + escape(settingsLink) + "</a>";
        return html.append("<hr>\n<p style=\"font-size: 0.9em; color: #555;\">").append(escape(reason)).append("<br>\n")
                .append(escape(Messages.text(locale, "outbox.footer.settings", "\u0000")).replace("\u0000", settingsAnchor))
                .append("</p>\n</body></html>\n").toString();
    }

    private static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    /** Line breaks and other control characters become spaces: a header is one line by construction. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }

    static String abbreviate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
