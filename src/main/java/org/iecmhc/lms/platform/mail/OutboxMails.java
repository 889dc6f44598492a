package org.iecmhc.lms.platform.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.persistence.Conditions;

/** The outbox as administrators read it: newest first, by state, one mail with its rendering and error, a re-send. */
@ApplicationScoped
public class OutboxMails {

    private EntityManager em;
    private Clock clock;

    protected OutboxMails() {
    }

    @Inject
    public OutboxMails(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<OutboxMail> search(MailState state, int first, int size) {
        return chosen(state).page(em, "select m from OutboxMail m", "m.createdAt desc, m.id desc", OutboxMail.class,
                first, size);
    }

    /** Counted up to one above {@link Conditions#COUNT_LIMIT}: a mass mailing adds thousands. */
    public long count(MailState state) {
        return chosen(state).countUpTo(em, "select m.id from OutboxMail m");
    }

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /**
     * Puts a failed mail back in the queue, due now, with its attempts counted afresh. Refused when the mail changed
     * since the administrator saw it (the sender took it, or another administrator re-sent it), or is not failed.
     */
    @Transactional
    public void resend(long id, long version) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || mail.getVersion() != version || mail.getState() != MailState.FAILED) {
            throw new RecordChangedMeanwhile("Mail " + id);
        }
        mail.requeue(LocalDateTime.now(clock));
    }

    private static Conditions chosen(MailState state) {
        return Conditions.chosen().and("m.state = :state", "state", state);
    }
}
