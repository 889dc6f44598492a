package org.iecmhc.lms.platform.mail;

import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.Session;

/**
 * One connection to the relay, opened at the first mail and kept for the next ones. A failure other than a refused
 * recipient closes it, so that {@link #connected()} tells the sender the relay is gone for this round.
 */
public final class RelayConnection implements AutoCloseable {

    private final Session session;
    private final RelaySettings settings;
    private Transport transport;

    RelayConnection(Session session, RelaySettings settings) {
        this.session = session;
        this.settings = settings;
    }

    public void send(OutboxMail mail) throws MessagingException {
        MimeMessage message = message(mail);
        try {
            if (transport == null) {
                transport = session.getTransport();
                transport.connect(settings.host().orElseThrow(), settings.port(), settings.user().orElse(null),
                        settings.password().orElse(null));
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException refused) {
            throw refused;
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public boolean connected() {
        return transport != null;
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(settings.from());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", mail.getLanguage().code());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is being given up anyway; the next round opens a new one.
            } finally {
                transport = null;
            }
        }
    }
}
