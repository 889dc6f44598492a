package org.iecmhc.lms.completion;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.Download;
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

    @Inject
    Signatories signatories;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CertificateDocument> certificate = Download.id(request.getParameter("enrollment"))
                .flatMap(id -> completion.certificate(viewer.get(), id))
                .map(found -> found.signedBy(signatories.printed()));
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = CertificatePdf.render(certificate.get(), address.base(request) + "/verify/" + certificate.get().code());
        Download.send(response, "application/pdf", "certificate-" + certificate.get().code() + ".pdf", pdf);
    }
}
