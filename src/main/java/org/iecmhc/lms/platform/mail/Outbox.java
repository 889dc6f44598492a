package org.iecmhc.lms.platform.mail;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Where features put the mails their changes cause. The mail is written in the caller's transaction, so it exists
 * exactly when the change does; the sender delivers it after commit, and a relay that is down only delays it.
 */
@ApplicationScoped
public class Outbox {

    private EntityManager em;
    private Composer composer;
    private Clock clock;

    protected Outbox() {
    }

    @Inject
    public Outbox(EntityManager em, Composer composer, Clock clock) {
        this.em = em;
        this.composer = composer;
        this.clock = clock;
    }

    /**
     * Writes the mail in the caller's transaction (MANDATORY); the sender sends it after commit. Answers the mail,
     * which a record of the caller may refer to; it is written with the caller's other changes, so its id is known
     * only after the next flush. Not flushed here: a roster import queues thousands of mails in one transaction, and a
     * flush per mail (to learn its id) made a 2,000-person import ten times slower.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMail queue(Letter letter) {
        OutboxMail mail = new OutboxMail(letter.to(), letter.language(), composer.compose(letter), LocalDateTime.now(clock));
        em.persist(mail);
        return mail;
    }
}
