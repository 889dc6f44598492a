package org.iecmhc.lms.platform.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * for the whole cluster; the claim of the mails is what makes a mail go once even if two rounds ever overlapped.
 */
@ApplicationScoped
public class OutboxSender {

    static final String JOB = "outbox-sender";
    /** Longer than a round plus one send at the relay's timeouts, so the lease cannot lapse while a round runs. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration ROUND = Duration.ofSeconds(50);
    static final int BATCH = 100;
    static final int MARK_BATCH = 20;
    static final Duration MARK_AFTER = Duration.ofSeconds(1);

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
        SentMarks sent = new SentMarks();
        try (RelayConnection connection = relay.open()) {
            for (List<OutboxMail> claimed = deliveries.claimDue(BATCH); !claimed.isEmpty();
                 claimed = deliveries.claimDue(BATCH)) {
                for (int i = 0; i < claimed.size(); i++) {
                    if (System.nanoTime() >= end) {
                        release(claimed.subList(i, claimed.size()));
                        return sent.total();
                    }
                    pacing.awaitTurn();
                    if (!send(connection, claimed.get(i), sent)) {
                        release(claimed.subList(i + 1, claimed.size()));
                        return sent.total();
                    }
                }
                sent.flush();
            }
        } finally {
            sent.flush();
        }
        return sent.total();
    }

    /** Whether the relay took the mail; false also ends the round when the relay itself is unreachable. */
    private boolean send(RelayConnection connection, OutboxMail mail, SentMarks sent) {
        try {
            connection.send(mail);
            sent.add(mail.getId());
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The relay did not take outbox mail {0}: {1}", new Object[] {mail.getId(), e});
            sent.flush();
            deliveries.markFailed(mail.getId(), describe(e), e instanceof SendFailedException);
            return connection.connected();
        }
    }

    private void release(List<OutboxMail> untried) {
        deliveries.release(untried.stream().map(OutboxMail::getId).toList());
    }

    /**
     * The mails the relay took, marked sent a few at a time: one commit per mail held the sender to a few mails a
     * second, while a sender that dies before marking them sends these few again after their back-off, so a batch
     * stays small and at most a second old.
     */
    private final class SentMarks {

        private final List<Long> unmarked = new ArrayList<>();
        private long oldest;
        private int total;

        void add(long id) {
            if (unmarked.isEmpty()) {
                oldest = System.nanoTime();
            }
            unmarked.add(id);
            total++;
            if (unmarked.size() >= MARK_BATCH || System.nanoTime() - oldest >= MARK_AFTER.toNanos()) {
                flush();
            }
        }

        void flush() {
            if (!unmarked.isEmpty()) {
                deliveries.markSent(List.copyOf(unmarked));
                unmarked.clear();
            }
        }

        int total() {
            return total;
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
