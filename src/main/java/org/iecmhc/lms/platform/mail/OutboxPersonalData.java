package org.iecmhc.lms.platform.mail;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * The mails written to the person (an invitation, a password link, later notifications): each holds their address
 * and usually their name, so an anonymised person's mails are deleted, sent or not; nothing is counted from them.
 */
@ApplicationScoped
public class OutboxPersonalData implements PersonalData {

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

    /** What each mail was about and what became of it; never its body, which may hold a working link. */
    @Override
    public JsonValue export(DataSubject person) {
        return list(mails(person), mail -> record().with("subject", mail.getSubject())
                .with("state", mail.getState().name()).with("createdAtUtc", mail.getCreatedAt())
                .with("sentAtUtc", mail.getSentAt()).build());
    }

    @Override
    public void anonymise(DataSubject person) {
        mails(person).forEach(em::remove);
    }

    private List<OutboxMail> mails(DataSubject person) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :to order by m.id", OutboxMail.class)
                .setParameter("to", person.email()).getResultList();
    }
}
