package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.text.TypedText;

/** Trainees handing in work, and reading back their own. */
@ApplicationScoped
public class Submissions {

    static final int MAX_FILES = 5;

    @Inject
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /**
     * A new attempt by the signed-in trainee. Refused when they are not enrolled in the course's cohort, when the
     * cohort is closed, when the work is already graded, or when it is empty.
     */
    @Transactional
    public Submission submit(String traineeEmail, long assignmentId, String body, List<FileStore.Upload> uploads) {
        CourseAccess access = new CourseAccess(em);
        Account trainee = access.caller(traineeEmail);
        Assignment assignment = Optional.ofNullable(em.find(Assignment.class, assignmentId))
                .filter(a -> access.canSubmit(trainee, a.getCourse()))
                .orElseThrow(() -> new CourseRejected("body", "course.notAvailable"));
        if (assignment.getCourse().getCohort().isClosed()) {
            throw new CourseRejected("body", "submission.cohortClosed");
        }
        boolean noText = body == null || body.isBlank();
        if (noText && uploads.isEmpty()) {
            throw new CourseRejected("body", "submission.empty");
        }
        TypedText.requireFits(body, CourseLimits.SUBMISSION_BODY, CourseRejected::new, "body", "submission.tooLong");
        if (uploads.size() > MAX_FILES) {
            throw new CourseRejected("file", "submission.tooManyFiles");
        }
        Submission submission = find(trainee, assignment).orElseGet(() -> {
            Submission created = new Submission(assignment, trainee);
            em.persist(created);
            return created;
        });
        if (!submission.isOpenForResubmission()) {
            throw new CourseRejected("body", "submission.alreadyGraded");
        }
        List<StoredFile> stored = new ArrayList<>();
        for (FileStore.Upload upload : uploads) {
            stored.add(files.store(upload, trainee.getEmail()));
        }
        submission.handIn(body, stored, LocalDateTime.now(clock));
        em.flush();
        // The trainee is not named: a notification outlives an anonymisation in the faculty member's list.
        for (Account teacher : assignment.getCourse().getTeachers()) {
            notifications.tell(teacher.recipient(), NotificationKind.SUBMISSION_TO_GRADE, "notification.toGrade",
                    List.of(assignment.getTitle(), assignment.getCourse().getTitle()),
                    "/course/grade.xhtml?id=" + submission.getId());
        }
        return submission;
    }

    /** The trainee's own work on the assignment, if any. */
    public Optional<Submission> mine(String traineeEmail, long assignmentId) {
        Account trainee = new CourseAccess(em).caller(traineeEmail);
        return em.createQuery("select s from Submission s where s.trainee = :trainee and s.assignment.id = :assignment",
                        Submission.class)
                .setParameter("trainee", trainee).setParameter("assignment", assignmentId)
                .getResultStream().findFirst();
    }

    /** A submission as its trainee, the course's faculty member or an administrator may read it; nobody else. */
    public Optional<Submission> readable(String email, long submissionId) {
        return new CourseAccess(em).find(email, Submission.class, submissionId, CourseAccess::canView);
    }

    /**
     * The work handed in for an assignment, a page at a time by trainee name: all of it for the course's faculty and
     * administrators (as their gradebook shows it), only their own for anyone else who sees the course; empty when
     * the assignment is missing or its course is not the person's.
     */
    public Optional<HandedIn> ofAssignment(String email, long assignmentId, int first, int pageSize) {
        CourseAccess access = new CourseAccess(em);
        Account person = access.caller(email);
        return Optional.ofNullable(em.find(Assignment.class, assignmentId))
                .filter(a -> access.canView(person, a.getCourse()))
                .map(a -> {
                    Long onlyOf = access.canReadGradebook(person, a.getCourse()) ? null : person.getId();
                    String where = " from Submission s join s.trainee t where s.assignment = :assignment"
                            + (onlyOf == null ? "" : " and t.id = :trainee");
                    TypedQuery<Object[]> rows = em.createQuery("select s.id, t.id, t.firstName, t.lastName, t.email,"
                            + " s.status, s.late, s.lastSubmittedAt, s.points" + where
                            + " order by t.lastName, t.firstName, s.id", Object[].class);
                    TypedQuery<Long> count = em.createQuery("select count(s)" + where, Long.class);
                    for (TypedQuery<?> query : List.of(rows, count)) {
                        query.setParameter("assignment", a);
                        if (onlyOf != null) {
                            query.setParameter("trainee", onlyOf);
                        }
                    }
                    return new HandedIn(rows.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                            .map(r -> new SubmissionRow((Long) r[0], (Long) r[1], r[2] + " " + r[3], (String) r[4],
                                    (SubmissionStatus) r[5], (Boolean) r[6], (LocalDateTime) r[7],
                                    r[5] == SubmissionStatus.GRADED ? (BigDecimal) r[8] : null))
                            .toList(), a.getMaxPoints(), count.getSingleResult());
                });
    }

    /** One page of an assignment's submissions, with the assignment's points and how many there are in all. */
    public record HandedIn(List<SubmissionRow> rows, int maxPoints, long total) {
    }

    /** The assignment, when the person may see its course. */
    public Optional<Assignment> assignmentFor(String email, long assignmentId) {
        return new CourseAccess(em).find(email, Assignment.class, assignmentId,
                (access, person, a) -> access.canView(person, a.getCourse()));
    }

    /** Whether the person may hand in work for this assignment now (enrolled, cohort open, not yet graded). */
    public boolean maySubmit(String email, Assignment assignment) {
        CourseAccess access = new CourseAccess(em);
        Account person = access.caller(email);
        return access.canSubmit(person, assignment.getCourse()) && !assignment.getCourse().getCohort().isClosed();
    }

    private Optional<Submission> find(Account trainee, Assignment assignment) {
        return em.createQuery("select s from Submission s where s.trainee = :trainee and s.assignment = :assignment",
                        Submission.class)
                .setParameter("trainee", trainee).setParameter("assignment", assignment)
                .getResultStream().findFirst();
    }
}
