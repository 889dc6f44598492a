package org.iecmhc.lms.community;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * Who may see and run a Community of Practice series, decided from the database whatever id a page names:
 * administrators every series, faculty the series they facilitate or of a cohort they teach, trainees (reading only)
 * the series of their own cohort.
 */
@ApplicationScoped
class PracticeAccess {

    /** Enrollments whose trainee belongs to the cohort's series: attendance, credits and calendar are theirs. */
    static final List<EnrollmentStatus> MEMBERS = List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED);
    /** A trainee whose year ended without completion still reads what they attended. */
    static final List<EnrollmentStatus> READERS = EnrollmentStatus.admittedOnes();
    /** Faculty who run a series: its facilitator and the faculty of its cohort. */
    static final String RUN_BY = "(s.facilitator.email = :email or exists (select f from Cohort c join c.faculty f"
            + " where c = s.cohort and f.email = :email))";

    @Inject
    EntityManager em;

    /** A series the viewer may run (edit, schedule, take attendance), or a refusal that does not reveal whether it exists. */
    PracticeSeries runnable(Viewer viewer, long seriesId) {
        PracticeSeries series = em.find(PracticeSeries.class, seriesId);
        if (series == null || !mayRun(viewer, series)) {
            throw notFound();
        }
        return series;
    }

    PracticeMeeting runnableMeeting(Viewer viewer, long meetingId) {
        PracticeMeeting meeting = em.find(PracticeMeeting.class, meetingId);
        if (meeting == null) {
            throw notFound();
        }
        runnable(viewer, meeting.getSeries().getId());
        return meeting;
    }

    boolean mayRun(Viewer viewer, PracticeSeries series) {
        return viewer.administrator() || teaches(viewer.email(), series.getCohort())
                || series.getFacilitator().getEmail().equals(viewer.email());
    }

    /** Faculty may start series only in cohorts they teach. */
    boolean mayStartIn(Viewer viewer, Cohort cohort) {
        return viewer.administrator() || teaches(viewer.email(), cohort);
    }

    /** The trainees of the cohort who attend its meetings, by name. */
    List<Account> members(Cohort cohort) {
        return em.createQuery("select e.trainee from Enrollment e where e.cohort = :cohort and e.status in :statuses"
                        + " order by e.trainee.lastName, e.trainee.firstName, e.trainee.id", Account.class)
                .setParameter("cohort", cohort).setParameter("statuses", MEMBERS).getResultList();
    }

    Account person(Viewer viewer) {
        return Accounts.byEmail(em, viewer.email()).orElseThrow(PracticeAccess::notFound);
    }

    /** Binds the {@link #RUN_BY} parameter unless the viewer is an administrator, who runs everything. */
    static void bind(TypedQuery<?> query, Viewer viewer) {
        if (!viewer.administrator()) {
            query.setParameter("email", viewer.email());
        }
    }

    private boolean teaches(String email, Cohort cohort) {
        return cohort.getFaculty().stream().anyMatch(f -> f.getEmail().equals(email));
    }

    static InputRejected notFound() {
        return new InputRejected("title", "practice.series.notFound");
    }
}
