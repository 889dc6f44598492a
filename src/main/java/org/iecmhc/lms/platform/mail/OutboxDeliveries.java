package org.iecmhc.lms.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The outbox as the sender sees it, each step its own transaction. Claiming mails counts the attempt and moves their
 * next attempt to the back-off time: two senders racing for them cannot both win, and a sender that dies in the
 * middle of a send leaves the mails to be tried again at that time. Claims and "sent" marks go a batch at a time,
 * since two commits per mail held the sender to a few mails a second.
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

    /**
     * Claims up to {@code limit} of the queued mails due now, oldest due first, and answers them as they were before
     * the claim. They are read with a write lock, so a second sender waits and then finds them no longer due; each
     * group of mails with as many attempts so far is claimed in one conditional update.
     */
    @Transactional
    public List<OutboxMail> claimDue(int limit) {
        LocalDateTime now = now();
        List<OutboxMail> due = em.createQuery("select m from OutboxMail m where m.state = :queued and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("queued", MailState.QUEUED).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
        Map<Integer, List<Long>> byAttempts = due.stream().collect(Collectors.groupingBy(OutboxMail::getAttempts,
                TreeMap::new, Collectors.mapping(OutboxMail::getId, Collectors.toList())));
        byAttempts.forEach((attemptsBefore, ids) -> {
            int attempts = attemptsBefore + 1;
            int won = em.createQuery("update OutboxMail m set m.attempts = :attempts, m.nextAttemptAt = :retry,"
                            + " m.version = m.version + 1 where m.id in :ids and m.attempts = :before"
                            + " and m.state = :queued and m.nextAttemptAt <= :now")
                    .setParameter("attempts", attempts).setParameter("retry", now.plus(retryDelay(attempts)))
                    .setParameter("ids", ids).setParameter("before", attemptsBefore)
                    .setParameter("queued", MailState.QUEUED).setParameter("now", now)
                    .executeUpdate();
            if (won != ids.size()) {
                throw new IllegalStateException("Claimed " + won + " of " + ids.size() + " locked outbox mails");
            }
        });
        due.forEach(em::detach);
        return due;
    }

    /** One statement for the mails the relay took, without reading them first. */
    @Transactional
    public void markSent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update OutboxMail m set m.state = :sent, m.sentAt = :now, m.lastError = null,"
                        + " m.version = m.version + 1 where m.id in :ids")
                .setParameter("sent", MailState.SENT).setParameter("now", now()).setParameter("ids", ids).executeUpdate();
    }

    /**
     * Gives back claimed mails the round did not try (it ran out of time, or the relay went away): due again at once,
     * their attempt not counted.
     */
    @Transactional
    public void release(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update OutboxMail m set m.attempts = m.attempts - 1, m.nextAttemptAt = :now,"
                        + " m.version = m.version + 1 where m.id in :ids and m.state = :queued")
                .setParameter("now", now()).setParameter("ids", ids).setParameter("queued", MailState.QUEUED)
                .executeUpdate();
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
