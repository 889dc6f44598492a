package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.security.Viewer;

/** Reading a course and its files as the signed-in person may: members see it, nobody else learns it exists. */
@ApplicationScoped
public class CourseReader {

    @Inject
    EntityManager em;

    /**
     * The course page of the person, by the rules of {@link CourseAccess#canView}: empty when the course is missing or
     * they may not see it. Three queries whatever the course's size: the course with the person's rights, its modules
     * with their materials, its assignments with the person's own submissions.
     */
    public Optional<CoursePage> page(String email, long courseId) {
        List<Object[]> heads = em.createQuery("select c.title, c.description, co.name, f.firstName, f.lastName, f.email,"
                        + " (select max(v.id) from Account v where v.email = :email),"
                        + " (select count(r) from Account v join v.roles r where v.email = :email and r = :administrator),"
                        + " (select count(r) from Account v join v.roles r where v.email = :email and r = :faculty),"
                        + " (select count(e) from Enrollment e where e.cohort = co and e.trainee.email = :email"
                        + " and e.status in :statuses),"
                        + " (select count(t) from Course k join k.teachers t where k = c and t.email = :email)"
                        + " from Course c join c.cohort co left join c.faculty f where c.id = :course", Object[].class)
                .setParameter("email", Account.normalizeEmail(email)).setParameter("course", courseId)
                .setParameter("administrator", Role.ADMINISTRATOR).setParameter("faculty", Role.FACULTY)
                .setParameter("statuses", CourseAccess.SEES_COURSES).getResultList();
        if (heads.isEmpty() || heads.get(0)[6] == null) {
            return Optional.empty();
        }
        Object[] head = heads.get(0);
        boolean teaches = (Long) head[10] > 0;
        if ((Long) head[7] == 0 && !teaches && (Long) head[9] == 0) {
            return Optional.empty();
        }
        return Optional.of(new CoursePage(courseId, (String) head[0], (String) head[1], (String) head[2],
                head[5] == null ? "" : head[3] + " " + head[4], teaches && (Long) head[8] > 0, modules(courseId),
                work(courseId, (Long) head[6])));
    }

    /**
     * The courses the viewer sees by the rules of {@link CourseAccess#canView} (administrators every one, faculty
     * those they teach or co-teach, trainees those of their cohorts), of one cohort or all, newest cohort first.
     */
    public List<CourseSummary> visible(Viewer viewer, Long cohortId, int first, int pageSize) {
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.title, co.id, co.name, f.firstName, f.lastName,"
                + " c.startDate, c.endDate, c.required from Course c join c.cohort co left join c.faculty f"
                + visibleTo(viewer, cohortId) + " order by co.startDate desc, c.title, c.id", Object[].class);
        bindVisible(query, viewer, cohortId);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(r -> new CourseSummary((Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                        r[4] == null ? "" : r[4] + " " + r[5], (LocalDate) r[6], (LocalDate) r[7], (Boolean) r[8]))
                .toList();
    }

    public long countVisible(Viewer viewer, Long cohortId) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Course c join c.cohort co"
                + visibleTo(viewer, cohortId), Long.class);
        bindVisible(query, viewer, cohortId);
        return query.getSingleResult();
    }

    /** The version of a course, for the API's ETag; read once the person is known to see the course. */
    public long version(long courseId) {
        return em.find(Course.class, courseId).getVersion();
    }

    /**
     * The rubric of each of the course's assignments that has one, by assignment id, in one query: the ids a grader
     * chooses levels by.
     */
    public Map<Long, List<RubricRow>> rubrics(long courseId) {
        Map<Long, Map<Long, RubricRow>> byAssignment = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select k.assignment.id, k.id, k.title, l.id, l.title, l.points"
                        + " from RubricCriterion k join k.levels l where k.assignment.course.id = :course"
                        + " order by k.assignment.id, k.sortOrder, k.id, l.sortOrder, l.id", Object[].class)
                .setParameter("course", courseId).getResultList()) {
            byAssignment.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent((Long) r[1], k -> new RubricRow((Long) r[1], (String) r[2], new ArrayList<>()))
                    .levels().add(new RubricRow.RubricChoice((Long) r[3], (String) r[4], (Integer) r[5]));
        }
        Map<Long, List<RubricRow>> rubrics = new HashMap<>();
        byAssignment.forEach((assignment, criteria) -> rubrics.put(assignment, List.copyOf(criteria.values())));
        return rubrics;
    }

    private static String visibleTo(Viewer viewer, Long cohortId) {
        String cohort = cohortId == null ? "" : " and co.id = :cohort";
        if (viewer.administrator()) {
            return " where 1 = 1" + cohort;
        }
        return " where (exists (select t from Course k join k.teachers t where k = c and t.email = :email)"
                + " or co in (select e.cohort from Enrollment e where e.trainee.email = :email and e.status in :statuses))"
                + cohort;
    }

    private static void bindVisible(TypedQuery<?> query, Viewer viewer, Long cohortId) {
        if (!viewer.administrator()) {
            query.setParameter("email", Account.normalizeEmail(viewer.email()))
                    .setParameter("statuses", CourseAccess.SEES_COURSES);
        }
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
    }

    private List<CoursePage.Module> modules(long courseId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, List<CoursePage.Material>> materials = new HashMap<>();
        for (Object[] r : em.createQuery("select m.id, m.title, mat.title, mat.url, file.id from CourseModule m"
                        + " left join m.materials mat left join mat.file file where m.course.id = :course"
                        + " order by m.sortOrder, m.id, mat.sortOrder, mat.id", Object[].class)
                .setParameter("course", courseId).getResultList()) {
            titles.putIfAbsent((Long) r[0], (String) r[1]);
            List<CoursePage.Material> own = materials.computeIfAbsent((Long) r[0], k -> new ArrayList<>());
            if (r[2] != null) {
                own.add(new CoursePage.Material((String) r[2], (String) r[3], (Long) r[4]));
            }
        }
        return titles.entrySet().stream().map(m -> new CoursePage.Module(m.getValue(), materials.get(m.getKey()))).toList();
    }

    private List<CoursePage.Work> work(long courseId, long viewerId) {
        return em.createQuery("select a.id, a.title, a.dueAt, a.maxPoints, s.status, s.points, a.grading from Assignment a"
                        + " left join Submission s on s.assignment = a and s.trainee.id = :viewer"
                        + " where a.course.id = :course order by a.dueAt, a.id", Object[].class)
                .setParameter("course", courseId).setParameter("viewer", viewerId).getResultList().stream()
                .map(r -> new CoursePage.Work((Long) r[0], (String) r[1], (LocalDateTime) r[2], (Integer) r[3],
                        (SubmissionStatus) r[4], (BigDecimal) r[5], (GradingKind) r[6])).toList();
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
