package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post larger than the container reads is sent to a translated page saying so. Past Payara's
 * {@code max-form-post-size-bytes} (2 MB, its default) a form's fields cannot be read at all: Grizzly throws on the
 * first parameter and the person got the generic failure page. Files go in multipart posts, whose limit is
 * web.xml's {@code max-request-size}.
 */
@WebFilter(filterName = "formPostLimit", urlPatterns = "*.xhtml")
public class FormPostLimit extends HttpFilter {

    public static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** web.xml's multipart-config max-request-size: files of 30 MB and the form around them. */
    public static final long MAX_MULTIPART_BYTES = 32_505_856L;
    /** Past this the connection is left to close: nobody sends a form that large in good faith. */
    private static final long MAX_DISCARDED_BYTES = 4 * MAX_MULTIPART_BYTES;
    public static final String TOO_LARGE_PAGE = "/error/too-large.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit(request.getContentType())) {
            discardBody(request);
            sendToPage(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads the unread body away (never as parameters), up to a bound: a browser still sending it does not read the
     * answer, and the container closed the connection on it, so the person saw a broken connection instead.
     */
    private static void discardBody(HttpServletRequest request) throws IOException {
        long left = Math.min(request.getContentLengthLong(), MAX_DISCARDED_BYTES);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = request.getInputStream()) {
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        }
    }

    /**
     * The page is shown by a redirect, not rendered in this request: anything that reads a parameter of it (Weld
     * looks for a conversation id while the page renders) makes the container parse the body and fail again.
     * A Faces Ajax request is sent there by a partial response, which PrimeFaces follows.
     */
    private static void sendToPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getContextPath() + TOO_LARGE_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + page + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(page);
        }
    }

    private static long limit(String contentType) {
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES;
    }
}
