package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post larger than the container reads answers 413 with a translated page saying so. Past Payara's
 * {@code max-form-post-size-bytes} (2 MB, its default) a form's fields cannot be read at all: Grizzly throws on the
 * first parameter and the person got the generic failure page. Files go in multipart posts, whose limit is
 * web.xml's {@code max-request-size}.
 */
@WebFilter(filterName = "formPostLimit", urlPatterns = "*.xhtml")
public class FormPostLimit extends HttpFilter {

    public static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** web.xml's multipart-config max-request-size: files of 30 MB and the form around them. */
    public static final long MAX_MULTIPART_BYTES = 32_505_856L;
    public static final String TOO_LARGE_PAGE = "/error/too-large.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit(request.getContentType())) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            request.getRequestDispatcher(TOO_LARGE_PAGE).forward(new AsPlainGet(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static long limit(String contentType) {
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES;
    }
}
