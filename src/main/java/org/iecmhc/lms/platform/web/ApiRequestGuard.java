package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iecmhc.lms.platform.security.TokenBuckets;

/**
 * The API's protections ahead of its resources.
 * <ul>
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

    @Inject
    @ConfigProperty(name = "lms.rate-limit.api.burst", defaultValue = "300")
    int burst;

    @Inject
    @ConfigProperty(name = "lms.rate-limit.api.per-minute", defaultValue = "300")
    int perMinute;

    private TokenBuckets clients;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        clients = new TokenBuckets(burst, perMinute);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!READS.contains(request.getMethod()) && isCrossSite(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "cross-site requests may not change records");
            return;
        }
        long wait = clients.take(clientKey(request));
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            refuse(response, TOO_MANY_REQUESTS, "too many requests; retry later");
            return;
        }
        chain.doFilter(request, response);
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
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}
