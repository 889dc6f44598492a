package org.iecmhc.lms.course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.files.StoredFile;

/** Reading a course and its files as the signed-in person may: members see it, nobody else learns it exists. */
@ApplicationScoped
public class CourseReader {

    @Inject
    EntityManager em;

    public Optional<Course> visible(String email, long courseId) {
        return new CourseAccess(em).find(email, Course.class, courseId, CourseAccess::canView);
    }

    public boolean mayGrade(String email, Course course) {
        CourseAccess access = new CourseAccess(em);
        return access.canGrade(access.caller(email), course);
    }

    public List<Assignment> assignments(Course course) {
        return em.createQuery("select a from Assignment a where a.course = :course order by a.dueAt, a.id", Assignment.class)
                .setParameter("course", course).getResultList();
    }

    /** The person's own submissions in the course, by assignment id (one query). */
    public Map<Long, Submission> ownSubmissions(String email, Course course) {
        Map<Long, Submission> own = new HashMap<>();
        em.createQuery("select s from Submission s where s.assignment.course = :course and s.trainee.email = :email",
                        Submission.class)
                .setParameter("course", course).setParameter("email", Account.normalizeEmail(email))
                .getResultList().forEach(s -> own.put(s.getAssignment().getId(), s));
        return own;
    }

    /**
     * A stored file the person may download: a course material of a course they see, or a file handed in with a
     * submission they may read (their own, or one in a course they teach).
     */
    public Optional<StoredFile> readableFile(String email, long fileId) {
        CourseAccess access = new CourseAccess(em);
        Account person = access.caller(email);
        boolean material = em.createQuery("select m from CourseMaterial m where m.file.id = :id", CourseMaterial.class)
                .setParameter("id", fileId).getResultStream()
                .anyMatch(m -> access.canView(person, m.getModule().getCourse()));
        boolean handedIn = material || em.createQuery("select t from SubmissionAttempt t join t.files f where f.id = :id",
                        SubmissionAttempt.class)
                .setParameter("id", fileId).getResultStream()
                .anyMatch(t -> access.canView(person, t.getSubmission()));
        return material || handedIn ? Optional.ofNullable(em.find(StoredFile.class, fileId)) : Optional.empty();
    }
}
