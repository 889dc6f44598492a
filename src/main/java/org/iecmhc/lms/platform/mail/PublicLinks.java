package org.iecmhc.lms.platform.mail;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for mails. A mail is written outside any request, so unlike pages it cannot fall back on the
 * address a request came in by: {@code lms.public.url}, else the address of a developer's own machine.
 */
@ApplicationScoped
public class PublicLinks {

    static final String DEVELOPER_MACHINE = "http://localhost:8080";

    private String base;

    protected PublicLinks() {
    }

    @Inject
    public PublicLinks(@ConfigProperty(name = "lms.public.url") Optional<String> configured) {
        this.base = configured.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.replaceAll("/+$", "")).orElse(DEVELOPER_MACHINE);
    }

    /** The absolute address of a path such as {@code /account/settings.xhtml} (a leading slash is added if missing). */
    public String to(String pathAndQuery) {
        return base + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }
}
