package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.security.TokenBuckets;

/**
 * The API's protections ahead of its resources.
 * <ul>
 * <li>A body of at most {@value #MAX_BODY_MEGABYTES} MB (a helpline import of 100,000 calls is about 8 MB): a larger
 * one is refused with 413 before it is read, so no request can fill the server's memory.</li>
 * <li>Cross-site writes: the API never accepts the session cookie (HTTP Basic only), but a browser that once
 * signed in to the API with Basic resends those credentials by itself. A write that a browser marks as coming from
 * another site ({@code Sec-Fetch-Site}, or an {@code Origin} of another host) is refused, so a page elsewhere cannot
 * make a signed-in browser change records.</li>
 * <li>A rate limit per client (the signed-in account, else the address): a token bucket, 429 with Retry-After.</li>
 * </ul>
 */
@WebFilter(filterName = "apiRequestGuard", urlPatterns = "/api/*")
public class ApiRequestGuard extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int TOO_MANY_REQUESTS = 429;
    public static final int MAX_BODY_MEGABYTES = 16;
    public static final long MAX_BODY_BYTES = MAX_BODY_MEGABYTES * 1024L * 1024L;
    public static final String TOO_LARGE = "the body is larger than " + MAX_BODY_MEGABYTES + " MB";

    private final TokenBuckets clients = TokenBuckets.configured("api", 300, 300);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!READS.contains(request.getMethod()) && isCrossSite(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "cross-site requests may not change records");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
            return;
        }
        long wait = clients.take(clientKey(request));
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            refuse(response, TOO_MANY_REQUESTS, "too many requests; retry later");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request, MAX_BODY_BYTES) : request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static String clientKey(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                ? "account:" + request.getUserPrincipal().getName()
                : "address:" + ClientAddress.of(request);
    }

    private static void refuse(HttpServletResponse response, int status, String error) throws IOException {
        ApiError.of(ApiError.Type.GENERAL, status, error).write(response);
    }
}
