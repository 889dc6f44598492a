package org.iecmhc.lms.completion;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** A trainee's completion certificates, with their codes and the figures they were issued with. */
@ApplicationScoped
public class CompletionPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return list(certificates(person), c -> record()
                .with("cohort", c.getEnrollment().getCohort().getName())
                .with("code", c.getCode())
                .with("issuedAtUtc", c.getIssuedAt())
                .with("supervisionHours", c.getSupervisionHours())
                .with("copMeetings", c.getCopMeetings())
                .with("practicumHours", c.getPracticumHours())
                .with("coursesPassed", c.getCoursesPassed())
                .with("finalEvaluation", c.isFinalEvaluation())
                .with("validUntil", c.getValidUntil())
                .with("renewalActivities", list(activities(c), a -> record()
                        .with("kind", a.getKind().name())
                        .with("hours", a.getHours())
                        .with("doneOn", a.getDoneOn())
                        .with("description", a.getDescription())
                        .build()))
                .build());
    }

    /**
     * The certificate stays, so completions are counted as before, but its code is replaced by one nobody was given:
     * the public page would otherwise confirm a named person's completion, and it can no longer name them. Whoever
     * checks the printed code is told it is unknown, as for any code the page does not know.
     */
    @Override
    public void anonymise(DataSubject person) {
        for (Certificate certificate : certificates(person)) {
            String code = CertificateCodes.next();
            while (em.createQuery("select count(c) from Certificate c where c.code = :code", Long.class)
                    .setParameter("code", code).getSingleResult() > 0) {
                code = CertificateCodes.next();
            }
            certificate.replaceCode(code);
            // a superseded code would still tell that this person's paper was reissued
            em.createQuery("delete from SupersededCode s where s.certificate = :certificate")
                    .setParameter("certificate", certificate).executeUpdate();
        }
        // what they typed about their continuing training goes; the certificate's figures stay
        em.createQuery("delete from RenewalActivity a where a.enrollment.id in"
                        + " (select e.id from Enrollment e where e.trainee.id = :id)")
                .setParameter("id", person.accountId()).executeUpdate();
    }

    private List<RenewalActivity> activities(Certificate certificate) {
        return em.createQuery("select a from RenewalActivity a where a.enrollment = :enrollment order by a.doneOn, a.id",
                RenewalActivity.class).setParameter("enrollment", certificate.getEnrollment()).getResultList();
    }

    private List<Certificate> certificates(DataSubject person) {
        return person.records(em, "select c from Certificate c join fetch c.enrollment e join fetch e.cohort"
                + " where e.trainee.id = :id order by c.issuedAt, c.id", Certificate.class);
    }
}
