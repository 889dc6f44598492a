package org.iecmhc.lms.helpline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.Codes;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.ServiceLanguage;

/** What the call list is narrowed to; dates are Pacific calendar days, both ends included; any part may be empty. */
public record CallFilter(LocalDate from, LocalDate to, String countyFips, ServiceLanguage language, Long topicId,
                         Boolean consultationRecommended, CallerRole callerRole) {

    /** The list page's filters, which do not narrow by caller role. */
    public CallFilter(LocalDate from, LocalDate to, String countyFips, ServiceLanguage language, Long topicId,
                      Boolean consultationRecommended) {
        this(from, to, countyFips, language, topicId, consultationRecommended, null);
    }

    public static CallFilter everything() {
        return new CallFilter(null, null, null, null, null, null);
    }

    /**
     * The filter of a download address, as {@link #query()} wrote it; a value that is not what that writes is
     * refused under its parameter's name rather than ignored, so a download never holds more than was asked for.
     */
    public static CallFilter of(UnaryOperator<String> parameter) {
        return new CallFilter(day(parameter, "from"), day(parameter, "to"), text(parameter, "county"),
                language(text(parameter, "language")), topic(text(parameter, "topic")),
                recommended(text(parameter, "recommended")));
    }

    /** The filter as the query of a download address. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "county", countyFips);
        add(parts, "language", language == null ? null : language.code());
        add(parts, "topic", topicId);
        add(parts, "recommended", consultationRecommended);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /** A day of a download address, "2025-07-01"; null when the parameter is missing or blank. */
    static LocalDate day(UnaryOperator<String> parameter, String name) {
        String text = text(parameter, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputRejected(name, "hlstats.period.invalid");
        }
    }

    private static ServiceLanguage language(String code) {
        return code == null ? null : Codes.find(ServiceLanguage.values(), ServiceLanguage::code, code)
                .orElseThrow(() -> new InputRejected("language", "hlstats.export.filter.invalid"));
    }

    private static Long topic(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new InputRejected("topic", "hlstats.export.filter.invalid");
        }
    }

    private static Boolean recommended(String value) {
        if (value == null) {
            return null;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new InputRejected("recommended", "hlstats.export.filter.invalid");
        }
        return Boolean.valueOf(value);
    }

    private static String text(UnaryOperator<String> parameter, String name) {
        return TypedText.trimmedOrNull(parameter.apply(name));
    }
}
