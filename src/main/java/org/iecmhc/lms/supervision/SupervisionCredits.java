package org.iecmhc.lms.supervision;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;

/** Supervision's records for completion: one credit per invited trainee per session, whatever the attendance. */
@ApplicationScoped
public class SupervisionCredits implements CreditSource {

    private EntityManager em;

    protected SupervisionCredits() {
    }

    @Inject
    public SupervisionCredits(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return em.createQuery("select i from Invitation i join fetch i.session s join fetch i.trainee"
                        + " where s.cohort.id = :cohort order by s.startsAt, i.id", Invitation.class)
                .setParameter("cohort", cohortId).getResultList().stream()
                .map(i -> new Credit(i.getTrainee().getId(), CreditKind.SUPERVISION_MINUTES,
                        i.getSession().getDurationMinutes(), Attendance.creditState(i.getAttendance()),
                        i.getSession().getStartsAtPacific().toLocalDate()))
                .toList();
    }
}
