package org.iecmhc.lms.completion;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PublicAddress;

/**
 * A certificate as PDF: {@code /completion/certificate?enrollment=N}, for its trainee and administrators. Anyone
 * else gets the same 404 as for an enrollment without a certificate, so ids reveal nothing.
 */
@WebServlet("/completion/certificate")
public class CertificateServlet extends HttpServlet {

    @Inject
    Completions completion;

    @Inject
    PublicAddress address;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CertificateDocument> certificate = enrollmentId(request.getParameter("enrollment"))
                .flatMap(id -> completion.certificate(viewer.get(), id));
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = CertificatePdf.render(certificate.get(), address.base(request) + "/verify/" + certificate.get().code());
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + certificate.get().code() + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    private static Optional<Long> enrollmentId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
