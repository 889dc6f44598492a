package org.iecmhc.lms.testimonial;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.provider.ServiceLanguage;

/** Which testimonials a list shows: any of service, fiscal year and language, null for all. */
public record TestimonialFilter(QuotedService service, FiscalYear year, ServiceLanguage language)
        implements Serializable {

    public static TestimonialFilter everything() {
        return new TestimonialFilter(null, null, null);
    }

    /**
     * The filter an export address names ({@code ?service=SUPPORT&year=2024-2025&language=ES}); a value that names
     * nothing is refused at its field rather than read as "all".
     */
    public static TestimonialFilter of(UnaryOperator<String> parameter) {
        return new TestimonialFilter(
                parsed(parameter.apply("service"), QuotedService::parse, "service"),
                parsed(parameter.apply("year"), FiscalYear::parse, "year"),
                parsed(parameter.apply("language"), TestimonialFilter::language, "language"));
    }

    /** The parameters of {@link #of}, for the export link of what a page shows. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "service", service == null ? null : service.name());
        append(query, "year", year == null ? null : year.name());
        append(query, "language", language == null ? null : language.name());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
        }
    }

    private static Optional<ServiceLanguage> language(String name) {
        return Arrays.stream(ServiceLanguage.values()).filter(l -> l.name().equals(name)).findFirst();
    }

    private static <T> T parsed(String text, Function<String, Optional<T>> parse,
                                String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse.apply(text.trim()).orElseThrow(() -> new InputRejected(field, "testimonial.filter.invalid"));
    }
}
