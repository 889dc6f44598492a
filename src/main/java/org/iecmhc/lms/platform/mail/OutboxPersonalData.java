package org.iecmhc.lms.platform.mail;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.AddressPersonalData;

/**
 * The mails written to the person (an invitation, a password link, later notifications): each holds their address
 * and usually their name, so an anonymised person's mails are deleted, sent or not; nothing is counted from them.
 */
@ApplicationScoped
public class OutboxPersonalData implements AddressPersonalData {

    private EntityManager em;

    protected OutboxPersonalData() {
    }

    @Inject
    public OutboxPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String section() {
        return "mails";
    }

    /**
     * What each mail was about and what became of it; never its body, which may hold a working link. A registrant's
     * are their confirmations, seats, reminders and survey links.
     */
    @Override
    public JsonValue exportRegistrant(String email) {
        return list(mails(email), mail -> record().with("subject", mail.getSubject())
                .with("state", mail.getState().name()).with("createdAtUtc", mail.getCreatedAt())
                .with("sentAtUtc", mail.getSentAt()).build());
    }

    @Override
    public void eraseRegistrant(String email) {
        mails(email).forEach(em::remove);
    }

    private List<OutboxMail> mails(String email) {
        return em.createQuery("select m from OutboxMail m where lower(m.recipient) = :to order by m.id", OutboxMail.class)
                .setParameter("to", email.strip().toLowerCase(Locale.ROOT)).getResultList();
    }
}
