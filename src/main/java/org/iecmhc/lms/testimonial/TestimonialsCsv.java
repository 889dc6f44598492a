package org.iecmhc.lms.testimonial;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Csv;

/**
 * Testimonials as CSV in the reader's language, with the attribution the impact page gives them and nothing that
 * could name a participant.
 */
final class TestimonialsCsv {

    private TestimonialsCsv() {
    }

    static byte[] of(List<Testimonial> testimonials, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.appendLine(csv, List.of(text(locale, "testimonial.column.service"), text(locale, "testimonial.column.year"),
                text(locale, "testimonial.column.language"), text(locale, "testimonial.column.role"),
                text(locale, "testimonial.column.comment"), text(locale, "testimonial.column.featured")));
        for (Testimonial testimonial : testimonials) {
            Csv.appendLine(csv, List.of(text(locale, testimonial.service().messageKey()), testimonial.getYear(),
                    text(locale, testimonial.language() == null ? "testimonial.language.none"
                            : testimonial.language().messageKey()),
                    text(locale, testimonial.role().messageKey()), testimonial.comment(),
                    text(locale, testimonial.featured() ? "action.yes" : "action.no")));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
