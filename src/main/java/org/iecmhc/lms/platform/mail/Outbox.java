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

    /** Writes the mail in the caller's transaction (MANDATORY); the sender sends it after commit. Returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(Letter letter) {
        OutboxMail mail = new OutboxMail(letter.to(), letter.language(), composer.compose(letter), LocalDateTime.now(clock));
        em.persist(mail);
        em.flush();
        return mail.getId();
    }
}
