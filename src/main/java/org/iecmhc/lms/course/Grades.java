package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.text.TypedText;

/** Faculty grading their own courses' submissions: the queue, a grade with feedback, or a return for revision. */
@ApplicationScoped
public class Grades {

    private static final String WAITING = " from Submission s join s.assignment a join a.course c join s.trainee t"
            + " where :faculty member of c.teachers and s.status = :status";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** Submissions waiting in the faculty member's courses, the longest waiting first. */
    public List<QueueEntry> queue(String facultyEmail, int first, int pageSize) {
        Account faculty = new CourseAccess(em).caller(facultyEmail);
        return em.createQuery("select s.id, c.title, a.title, t.firstName, t.lastName, s.lastSubmittedAt, s.late" + WAITING
                        + " order by s.lastSubmittedAt asc, s.id asc", Object[].class)
                .setParameter("faculty", faculty).setParameter("status", SubmissionStatus.SUBMITTED)
                .setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(r -> new QueueEntry((Long) r[0], (String) r[1], (String) r[2], r[3] + " " + r[4],
                        (LocalDateTime) r[5], (Boolean) r[6]))
                .toList();
    }

    public long queueSize(String facultyEmail) {
        Account faculty = new CourseAccess(em).caller(facultyEmail);
        return em.createQuery("select count(s)" + WAITING, Long.class)
                .setParameter("faculty", faculty).setParameter("status", SubmissionStatus.SUBMITTED).getSingleResult();
    }

    /** The submission, when the person teaches its course. */
    public Optional<Submission> forGrading(String facultyEmail, long submissionId) {
        return new CourseAccess(em).find(facultyEmail, Submission.class, submissionId,
                (access, faculty, s) -> access.canGrade(faculty, s.getAssignment().getCourse()));
    }

    @Transactional
    public Submission grade(String facultyEmail, long submissionId, GradeInput input) {
        return grade(facultyEmail, submissionId, null, input);
    }

    /** As the grading page, refusing a submission whose version is no longer {@code version} (when one is given). */
    @Transactional
    public Submission grade(String facultyEmail, long submissionId, Long version, GradeInput input) {
        Account faculty = new CourseAccess(em).caller(facultyEmail);
        Submission submission = require(facultyEmail, submissionId);
        if (version != null) {
            submission.requireVersion(version);
        }
        checkFeedback(input.feedback());
        Assignment assignment = submission.getAssignment();
        BigDecimal points;
        Map<Long, Long> choices = Map.of();
        if (assignment.hasRubric()) {
            points = BigDecimal.valueOf(assignment.rubricPoints(chosenLevels(input.rubricChoices())));
            choices = input.rubricChoices();
        } else if (assignment.getGrading() == GradingKind.COMPLETE_INCOMPLETE) {
            if (input.complete() == null) {
                throw new CourseRejected("complete", "grading.complete.required");
            }
            points = input.complete() ? BigDecimal.valueOf(assignment.getMaxPoints()) : BigDecimal.ZERO;
        } else {
            points = assignment.checkedPoints(input.points());
        }
        submission.grade(points, choices, input.feedback(), faculty, LocalDateTime.now(clock));
        tellTrainee(submission, "notification.graded");
        return submission;
    }

    @Transactional
    public Submission returnForRevision(String facultyEmail, long submissionId, String feedback) {
        Account faculty = new CourseAccess(em).caller(facultyEmail);
        Submission submission = require(facultyEmail, submissionId);
        checkFeedback(feedback);
        submission.returnForRevision(feedback, faculty, LocalDateTime.now(clock));
        tellTrainee(submission, "notification.returned");
        return submission;
    }

    private void tellTrainee(Submission submission, String messageKey) {
        Assignment assignment = submission.getAssignment();
        notifications.tell(submission.getTrainee().recipient(), NotificationKind.SUBMISSION_GRADED, messageKey,
                List.of(assignment.getTitle(), assignment.getCourse().getTitle()),
                "/course/assignment.xhtml?id=" + assignment.getId());
    }

    private Submission require(String facultyEmail, long submissionId) {
        return forGrading(facultyEmail, submissionId).orElseThrow(() -> new CourseRejected("points", "course.notAvailable"));
    }

    private List<RubricLevel> chosenLevels(Map<Long, Long> choices) {
        List<RubricLevel> levels = new ArrayList<>();
        for (Map.Entry<Long, Long> choice : choices.entrySet()) {
            RubricLevel level = Optional.ofNullable(choice.getValue()).map(id -> em.find(RubricLevel.class, id))
                    .filter(l -> l.getCriterion().getId().equals(choice.getKey()))
                    .orElseThrow(() -> new CourseRejected("rubric", "grading.rubric.foreignLevel"));
            levels.add(level);
        }
        return levels;
    }

    private static void checkFeedback(String feedback) {
        TypedText.requireFits(feedback, CourseLimits.FEEDBACK, CourseRejected::new, "feedback", "course.text.tooLong");
    }
}
