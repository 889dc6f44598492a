package org.iecmhc.lms.course;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
