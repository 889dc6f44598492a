package org.iecmhc.lms.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.TypedText;

/** Administrators' work on courses: the course itself, its modules and materials, and its assignments. */
@ApplicationScoped
public class Courses {

    @Inject
    EntityManager em;

    @Transactional
    public Course create(Long cohortId, CourseDetails details, Long facultyId) {
        return create(cohortId, details, facultyId, Set.of());
    }

    @Transactional
    public Course create(Long cohortId, CourseDetails details, Long facultyId, Set<Long> coTeacherIds) {
        check(cohortId, details);
        Course course = new Course(requireCohort(cohortId), details, faculty(facultyId), coTeachers(coTeacherIds));
        em.persist(course);
        // the id is generated on insert; a caller in a longer transaction (demo data) needs it at once
        em.flush();
        return course;
    }

    @Transactional
    public Course update(long id, long version, Long cohortId, CourseDetails details, Long facultyId,
            Set<Long> coTeacherIds) {
        check(cohortId, details);
        Course course = require(id);
        course.requireVersion(version);
        course.moveTo(requireCohort(cohortId));
        course.describe(details, faculty(facultyId), coTeachers(coTeacherIds));
        return course;
    }

    /** Removes the course with its modules and assignments; refused once trainees handed work in. */
    @Transactional
    public void delete(long id) {
        Course course = require(id);
        long submissions = em.createQuery("select count(s) from Submission s where s.assignment.course = :course", Long.class)
                .setParameter("course", course).getSingleResult();
        if (submissions > 0) {
            throw new CourseRejected(null, "course.delete.hasSubmissions");
        }
        assignments(id).forEach(em::remove);
        em.remove(course);
    }

    @Transactional
    public CourseModule addModule(long courseId, String title) {
        requireText("moduleTitle", title, CourseLimits.TITLE);
        CourseModule module = require(courseId).addModule(title);
        em.flush();
        return module;
    }

    @Transactional
    public void removeModule(long moduleId) {
        CourseModule module = requireModule(moduleId);
        module.getCourse().removeModule(module);
    }

    @Transactional
    public CourseMaterial addLink(Long moduleId, String title, String url) {
        requireChosen(moduleId);
        requireText("materialTitle", title, CourseLimits.TITLE);
        if (!isWebAddress(url)) {
            throw new CourseRejected("materialUrl", "material.url.invalid");
        }
        CourseMaterial material = requireModule(moduleId).addLink(title, url.trim());
        em.flush();
        return material;
    }

    /**
     * Stores the upload (with {@code store}, which may refuse it) only once the module, the title and a file are
     * there, so that a refused form leaves no stray file behind.
     */
    @Transactional
    public <U> CourseMaterial addFile(Long moduleId, String title, U upload, Function<U, StoredFile> store) {
        requireChosen(moduleId);
        requireText("materialTitle", title, CourseLimits.TITLE);
        if (upload == null) {
            throw new CourseRejected("materialFile", "file.required");
        }
        CourseMaterial material = requireModule(moduleId).addFile(title, em.merge(store.apply(upload)));
        em.flush();
        return material;
    }

    @Transactional
    public void removeMaterial(long materialId) {
        CourseMaterial material = Optional.ofNullable(em.find(CourseMaterial.class, materialId))
                .orElseThrow(() -> new CourseRejected(null, "course.notAvailable"));
        material.getModule().removeMaterial(material);
    }

    /** Creates the assignment when id is null, otherwise saves the form over it. */
    @Transactional
    public Assignment saveAssignment(long courseId, Long id, Long version, AssignmentDetails details) {
        AssignmentRules.check(details);
        if (id == null) {
            Assignment assignment = new Assignment(require(courseId), details);
            em.persist(assignment);
            em.flush();
            return assignment;
        }
        Assignment assignment = Optional.ofNullable(em.find(Assignment.class, id))
                .filter(a -> a.getCourse().getId() == courseId)
                .orElseThrow(() -> new CourseRejected("title", "course.notAvailable"));
        if (version != null) {
            assignment.requireVersion(version);
        }
        if (assignment.rubricDiffersFrom(details.rubric()) && hasGrades(assignment)) {
            throw new CourseRejected("rubric", "assignment.rubric.locked");
        }
        assignment.describe(details);
        return assignment;
    }

    @Transactional
    public void deleteAssignment(long id) {
        Assignment assignment = Optional.ofNullable(em.find(Assignment.class, id))
                .orElseThrow(() -> new CourseRejected(null, "course.notAvailable"));
        long submissions = em.createQuery("select count(s) from Submission s where s.assignment = :a", Long.class)
                .setParameter("a", assignment).getSingleResult();
        if (submissions > 0) {
            throw new CourseRejected(null, "assignment.delete.hasSubmissions");
        }
        em.remove(assignment);
    }

    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    public Optional<Assignment> findAssignment(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    public List<Assignment> assignments(long courseId) {
        return em.createQuery("select a from Assignment a where a.course.id = :course order by a.dueAt, a.id", Assignment.class)
                .setParameter("course", courseId).getResultList();
    }

    /** One page of courses whose title or cohort name contains the text. */
    public List<Course> search(String text, int first, int pageSize, CourseSort sort, boolean ascending) {
        return matching(text).page(em, "select c from Course c join fetch c.cohort",
                sort.ordering("c", ascending) + ", c.id asc", Course.class, first, pageSize);
    }

    public long countMatching(String text) {
        return matching(text).count(em, "select count(c) from Course c");
    }

    /** Cohorts to put a course in, newest first. */
    public List<Cohort> cohorts() {
        return em.createQuery("select c from Cohort c order by c.startDate desc, c.name", Cohort.class).getResultList();
    }

    /** Active faculty members who may teach a course. */
    public List<Account> facultyMembers() {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role and a.active = true"
                        + " order by a.lastName, a.firstName", Account.class)
                .setParameter("role", Role.FACULTY).getResultList();
    }

    private boolean hasGrades(Assignment assignment) {
        return em.createQuery("select count(s) from Submission s where s.assignment = :a and s.status = :graded", Long.class)
                .setParameter("a", assignment).setParameter("graded", SubmissionStatus.GRADED).getSingleResult() > 0;
    }

    private static Conditions matching(String text) {
        return Conditions.chosen().andContaining("(lower(c.title) like :text or lower(c.cohort.name) like :text)", "text",
                text);
    }

    private static void check(Long cohortId, CourseDetails details) {
        if (cohortId == null) {
            throw new CourseRejected("cohort", "course.cohort.required");
        }
        requireText("title", details.title(), CourseLimits.TITLE);
        TypedText.requireFits(details.description(), CourseLimits.DESCRIPTION, CourseRejected::new, "description",
                "course.description.tooLong");
        if (details.startDate() != null && details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new CourseRejected("endDate", "course.dates.order");
        }
        if (details.passingPercent() < 0 || details.passingPercent() > 100) {
            throw new CourseRejected("passingPercent", "course.passingPercent.range");
        }
    }

    private static void requireChosen(Long moduleId) {
        if (moduleId == null) {
            throw new CourseRejected("materialModule", "material.module.required");
        }
    }

    static void requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new CourseRejected(field, "course.text.required");
        }
        TypedText.requireFits(text, max, CourseRejected::new, field, "course.text.tooLong");
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Course require(long id) {
        return find(id).orElseThrow(() -> new CourseRejected("title", "course.notAvailable"));
    }

    private CourseModule requireModule(long id) {
        return Optional.ofNullable(em.find(CourseModule.class, id))
                .orElseThrow(() -> new CourseRejected("moduleTitle", "course.notAvailable"));
    }

    private Cohort requireCohort(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id)).orElseThrow(() -> new CourseRejected("cohort", "course.cohort.required"));
    }

    private Set<Account> coTeachers(Set<Long> ids) {
        Set<Account> coTeachers = new HashSet<>();
        for (Long id : ids) {
            coTeachers.add(faculty(id));
        }
        return coTeachers;
    }

    private Account faculty(Long id) {
        if (id == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Account.class, id)).filter(a -> a.hasRole(Role.FACULTY))
                .orElseThrow(() -> new CourseRejected("faculty", "course.faculty.notFaculty"));
    }
}
