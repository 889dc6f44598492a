package org.iecmhc.lms.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The outbox as the sender sees it, each step its own transaction so that what was sent is on record before the
 * next mail goes. Claiming a mail counts the attempt and moves its next attempt to the back-off time in one
 * conditional update: two senders racing for it cannot both win, and a sender that dies in the middle of a send
 * leaves the mail to be tried again at that time.
 */
@ApplicationScoped
public class OutboxDeliveries {

    /** After this many failed attempts (about four hours of back-off) a mail is failed and waits for a re-send. */
    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(2);

    private EntityManager em;
    private Clock clock;

    protected OutboxDeliveries() {
    }

    @Inject
    public OutboxDeliveries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The ids of the queued mails due now, oldest due first. */
    @Transactional
    public List<Long> due(int limit) {
        return em.createQuery("select m.id from OutboxMail m where m.state = :queued and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", MailState.QUEUED).setParameter("now", now())
                .setMaxResults(limit).getResultList();
    }

    /** The mail, if this caller won it: still queued, still due, and now counted as attempted. */
    @Transactional
    public Optional<OutboxMail> claim(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return Optional.empty();
        }
        int attempts = mail.getAttempts() + 1;
        int won = em.createQuery("update OutboxMail m set m.attempts = :attempts, m.nextAttemptAt = :retry,"
                        + " m.version = m.version + 1 where m.id = :id and m.version = :version"
                        + " and m.state = :queued and m.nextAttemptAt <= :now")
                .setParameter("attempts", attempts).setParameter("retry", now().plus(retryDelay(attempts)))
                .setParameter("id", id).setParameter("version", mail.getVersion())
                .setParameter("queued", MailState.QUEUED).setParameter("now", now())
                .executeUpdate();
        return won == 1 ? Optional.of(mail) : Optional.empty();
    }

    /** One statement, without reading the mail first: the sender marks every mail it sends. */
    @Transactional
    public void markSent(long id) {
        em.createQuery("update OutboxMail m set m.state = :sent, m.sentAt = :now, m.lastError = null,"
                        + " m.version = m.version + 1 where m.id = :id")
                .setParameter("sent", MailState.SENT).setParameter("now", now()).setParameter("id", id).executeUpdate();
    }

    /**
     * Records why the relay did not take the mail. A refused recipient is final; otherwise the mail waits for its
     * next attempt, and after the last one it is failed.
     */
    @Transactional
    public void markFailed(long id, String error, boolean refused) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.failedAttempt(error, refused || mail.getAttempts() >= MAX_ATTEMPTS);
    }

    /** The wait before attempt {@code attempts + 1}: one minute, doubling each time, at most two hours. */
    static Duration retryDelay(int attempts) {
        int doublings = Math.min(attempts - 1, 16);
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.max(doublings, 0));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
