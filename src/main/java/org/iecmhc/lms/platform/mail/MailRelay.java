package org.iecmhc.lms.platform.mail;

import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;

/** The configured SMTP relay; {@link #open()} gives a connection that one sending round reuses for all its mails. */
@ApplicationScoped
public class MailRelay {

    /** Long enough for a slow relay, short enough that a hung one cannot hold a mail past its retry time. */
    static final String TIMEOUT_MILLIS = "20000";

    private RelaySettings settings;

    protected MailRelay() {
    }

    @Inject
    public MailRelay(RelaySettings settings) {
        this.settings = settings;
    }

    /** Whether a relay is configured at all; without one, mails stay in the outbox. */
    public boolean configured() {
        return settings.configured();
    }

    public RelayConnection open() {
        return new RelayConnection(Session.getInstance(properties()), settings);
    }

    private Properties properties() {
        boolean tls = settings.security() == RelaySettings.Security.TLS;
        String protocol = tls ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", settings.host().orElseThrow());
        properties.put(prefix + "port", Integer.toString(settings.port()));
        properties.put(prefix + "auth", Boolean.toString(settings.user().isPresent()));
        properties.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.put(prefix + "timeout", TIMEOUT_MILLIS);
        properties.put(prefix + "writetimeout", TIMEOUT_MILLIS);
        if (settings.security() == RelaySettings.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != RelaySettings.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
