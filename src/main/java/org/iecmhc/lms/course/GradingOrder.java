package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Moving through a course's waiting submissions from the grading page, as a grader works down the queue without
 * going back to it: in the queue's order (handed in longest ago first), among the work of the same course, for its
 * faculty member only.
 */
@ApplicationScoped
public class GradingOrder {

    private static final String WAITING_IN_COURSE = "select s.id from Submission s where s.assignment.course = :course"
            + " and s.status = :waiting and s.id <> :current and ";

    @Inject
    EntityManager em;

    /** The waiting submission just before this one in the queue, if any. */
    public Optional<Long> previous(String email, long submissionId) {
        return neighbour(email, submissionId, "(s.lastSubmittedAt < :at or (s.lastSubmittedAt = :at and s.id < :current))"
                + " order by s.lastSubmittedAt desc, s.id desc");
    }

    /** The waiting submission just after this one in the queue, if any; also once this one is graded or returned. */
    public Optional<Long> next(String email, long submissionId) {
        return neighbour(email, submissionId, "(s.lastSubmittedAt > :at or (s.lastSubmittedAt = :at and s.id > :current))"
                + " order by s.lastSubmittedAt asc, s.id asc");
    }

    /** Whether the person may grade this submission (they teach its course), rather than only read it. */
    public boolean mayGrade(String email, Submission submission) {
        CourseAccess access = new CourseAccess(em);
        return access.canGrade(access.caller(email), submission.getAssignment().getCourse());
    }

    private Optional<Long> neighbour(String email, long submissionId, String condition) {
        CourseAccess access = new CourseAccess(em);
        Optional<Submission> current = access.find(email, Submission.class, submissionId,
                (rules, person, s) -> rules.canGrade(person, s.getAssignment().getCourse()));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime at = current.get().getLastSubmittedAt();
        return em.createQuery(WAITING_IN_COURSE + condition, Long.class)
                .setParameter("course", current.get().getAssignment().getCourse())
                .setParameter("waiting", SubmissionStatus.SUBMITTED).setParameter("current", submissionId)
                .setParameter("at", at).setMaxResults(1).getResultStream().findFirst();
    }
}
