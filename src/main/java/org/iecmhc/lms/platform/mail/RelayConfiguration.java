package org.iecmhc.lms.platform.mail;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the relay settings once, so that a mistyped one stops the start with its name instead of a failed send. */
@ApplicationScoped
public class RelayConfiguration {

    @Inject
    @ConfigProperty(name = "lms.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lms.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "lms.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "lms.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lms.smtp.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "lms.mail.from", defaultValue = "no-reply@lms.local")
    String from;

    @Inject
    @ConfigProperty(name = "lms.smtp.max-per-minute", defaultValue = "120")
    int maxPerMinute;

    @Produces
    RelaySettings settings() {
        return RelaySettings.of(host, port, user, password, security, from, maxPerMinute);
    }
}
