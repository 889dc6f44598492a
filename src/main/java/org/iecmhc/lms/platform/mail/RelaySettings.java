package org.iecmhc.lms.platform.mail;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How to reach the SMTP relay (config/README.md). With no host the application sends nothing: mails stay queued and
 * administrators read them at the outbox page, which is the embedded default.
 *
 * @param maxPerMinute the most mails sent in a minute by the whole cluster (the relay's limit), 0 for no limit
 */
public record RelaySettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                            Security security, InternetAddress from, int maxPerMinute) {

    /** How the connection to the relay is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which the relay must offer (usually port 587). */
        STARTTLS,
        /** TLS from the first byte (usually port 465). */
        TLS,
        /** No encryption: only for a relay on the same host or network. */
        NONE
    }

    public RelaySettings {
        host = host.map(String::strip).filter(name -> !name.isEmpty());
        user = user.filter(name -> !name.isBlank());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("lms.smtp.port must be from 1 to 65535, not " + port);
        }
        if (maxPerMinute < 0) {
            throw new IllegalArgumentException("lms.smtp.max-per-minute must be 0 (no limit) or more, not " + maxPerMinute);
        }
    }

    /** The settings as typed: the security by name (starttls, tls, none) and the sender as one strict address. */
    public static RelaySettings of(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                                   String security, String from, int maxPerMinute) {
        return new RelaySettings(host, port, user, password, security(security), address(from), maxPerMinute);
    }

    public boolean configured() {
        return host.isPresent();
    }

    private static Security security(String name) {
        try {
            return Security.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lms.smtp.security must be starttls, tls or none, not '" + name + "'", e);
        }
    }

    private static InternetAddress address(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("lms.mail.from must be one mail address, not '" + from + "'", e);
        }
    }
}
