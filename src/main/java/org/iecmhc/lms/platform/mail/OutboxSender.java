package org.iecmhc.lms.platform.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.iecmhc.lms.platform.schedule.Instance;
import org.iecmhc.lms.platform.schedule.Leases;

/**
 * One sending round: the instance that holds the sender's lease sends the due mails, paced to the relay's limit,
 * for at most {@link #ROUND}, and keeps the lease for the next round. Holding the lease is what makes the limit hold
 * for the whole cluster; the claim of each mail is what makes a mail go once even if two rounds ever overlapped.
 */
@ApplicationScoped
public class OutboxSender {

    static final String JOB = "outbox-sender";
    /** Longer than a round plus one send at the relay's timeouts, so the lease cannot lapse while a round runs. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration ROUND = Duration.ofSeconds(50);
    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    private OutboxDeliveries deliveries;
    private MailRelay relay;
    private Leases leases;
    private Instance instance;
    private RelaySettings settings;

    protected OutboxSender() {
    }

    @Inject
    public OutboxSender(OutboxDeliveries deliveries, MailRelay relay, Leases leases, Instance instance,
                        RelaySettings settings) {
        this.deliveries = deliveries;
        this.relay = relay;
        this.leases = leases;
        this.instance = instance;
        this.settings = settings;
    }

    /** Sends what is due if this instance holds the lease; returns how many mails the relay took. */
    public int sendDue() {
        if (!settings.configured() || !leases.take(JOB, instance.name(), LEASE)) {
            return 0;
        }
        long end = System.nanoTime() + ROUND.toNanos();
        Pacing pacing = new Pacing(settings.maxPerMinute());
        int sent = 0;
        try (RelayConnection connection = relay.open()) {
            List<Long> due = deliveries.due(BATCH);
            while (!due.isEmpty()) {
                for (long id : due) {
                    if (System.nanoTime() >= end) {
                        return sent;
                    }
                    Optional<OutboxMail> mail = deliveries.claim(id);
                    if (mail.isEmpty()) {
                        continue;
                    }
                    pacing.awaitTurn();
                    if (!send(connection, mail.get())) {
                        return sent;
                    }
                    sent++;
                }
                due = deliveries.due(BATCH);
            }
        }
        return sent;
    }

    /** Whether the relay took the mail; false also ends the round when the relay itself is unreachable. */
    private boolean send(RelayConnection connection, OutboxMail mail) {
        try {
            connection.send(mail);
            deliveries.markSent(mail.getId());
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The relay did not take outbox mail {0}: {1}", new Object[] {mail.getId(), e});
            deliveries.markFailed(mail.getId(), describe(e), e instanceof SendFailedException);
            return connection.connected();
        }
    }

    /** The exception and its causes on one line, as the outbox page shows them. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return Composer.oneLine(text.toString());
    }
}
