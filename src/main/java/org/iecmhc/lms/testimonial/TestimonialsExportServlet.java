package org.iecmhc.lms.testimonial;

import java.io.IOException;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.web.Download;
import org.iecmhc.lms.platform.web.FilteredExportServlet;

/**
 * The testimonials the page's filters show, as CSV: {@code /reporting/testimonials/export?year=2024-2025&lang=es},
 * the parameters of {@link TestimonialFilter#of}. Administrators only (web.xml guards /reporting/*).
 */
@WebServlet("/reporting/testimonials/export")
public class TestimonialsExportServlet extends FilteredExportServlet<TestimonialFilter> {

    @Inject
    Testimonials testimonials;

    @Override
    protected TestimonialFilter read(UnaryOperator<String> parameter, Locale locale) {
        return TestimonialFilter.of(parameter);
    }

    @Override
    protected void send(TestimonialFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        Download.send(response, "text/csv; charset=UTF-8", "testimonials.csv",
                TestimonialsCsv.of(testimonials.search(filter), locale));
    }
}
