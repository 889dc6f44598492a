package org.iecmhc.lms.testimonial;

import java.io.IOException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.web.BadAddress;
import org.iecmhc.lms.platform.web.Download;

/**
 * The testimonials the page's filters show, as CSV: {@code /reporting/testimonials/export?year=2024-2025&lang=es},
 * the parameters of {@link TestimonialFilter#of}. Administrators only (web.xml guards /reporting/*).
 */
@WebServlet("/reporting/testimonials/export")
public class TestimonialsExportServlet extends HttpServlet {

    @Inject
    Testimonials testimonials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.fromCode(request.getParameter("lang")).locale();
        TestimonialFilter filter;
        try {
            filter = TestimonialFilter.of(request::getParameter);
        } catch (InputRejected rejected) {
            BadAddress.send(request, response, rejected.messageKey());
            return;
        }
        Download.send(response, "text/csv; charset=UTF-8", "testimonials.csv",
                TestimonialsCsv.of(testimonials.search(filter), locale));
    }
}
