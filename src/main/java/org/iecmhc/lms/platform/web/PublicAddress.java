package org.iecmhc.lms.platform.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the application by, for links written into documents that leave it: calendar feeds,
 * certificates, e-mails. It comes from {@code lms.public.url}, never from the request's {@code Host} header, which
 * the client chooses (a forged one would put another site's address into a certificate). Only when the setting is
 * empty, as on a developer's machine, is the request's own address used.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "lms.public.url")
    Optional<String> configured;

    /** Such as {@code https://lms.example.org}, without a trailing slash. */
    public String base(HttpServletRequest request) {
        return base(configured, request);
    }

    static String base(Optional<String> configured, HttpServletRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().trim().replaceAll("/+$", "");
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
