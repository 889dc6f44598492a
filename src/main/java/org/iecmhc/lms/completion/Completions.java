package org.iecmhc.lms.completion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortRejected;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.Enrollments;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Progress of a cohort's enrollments and their certificates. A cohort's progress takes one query for its
 * enrollments and their certificates, one for all the column credit sources ({@link ColumnCredits}) and one per other
 * credit source, whatever its size; a trainee's own progress one for their enrollments and all the column sources'
 * records together ({@link OwnRecords}) and one per other credit source and cohort, whatever the size of their cohort. Administrators see every cohort, faculty the cohorts they teach, a trainee their own
 * progress and certificate.
 */
@ApplicationScoped
public class Completions {

    private EntityManager em;
    private Iterable<CreditSource> sources;
    private Enrollments enrollments;
    private Clock clock;
    private Notifications notifications;

    protected Completions() {
    }

    @Inject
    public Completions(EntityManager em, @Any Instance<CreditSource> sources, Enrollments enrollments,
                             Clock clock, Notifications notifications) {
        this(em, (Iterable<CreditSource>) sources, enrollments, clock, notifications);
    }

    /** With the credit sources given, for tests and for the benchmark. */
    public Completions(EntityManager em, Iterable<CreditSource> sources, Enrollments enrollments, Clock clock,
                       Notifications notifications) {
        this.em = em;
        this.sources = sources;
        this.enrollments = enrollments;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** The cohorts whose board the viewer may open, newest first. */
    public List<BoardCohort> cohortsFollowedBy(Viewer viewer) {
        String select = "select new org.iecmhc.lms.completion.BoardCohort(c.id, c.name) from Cohort c";
        if (viewer.administrator()) {
            return em.createQuery(select + " order by c.startDate desc, c.name", BoardCohort.class).getResultList();
        }
        return em.createQuery(select + " join c.faculty f where f.email = :email order by c.startDate desc, c.name",
                        BoardCohort.class)
                .setParameter("email", Account.normalizeEmail(viewer.email())).getResultList();
    }

    /**
     * Every enrollment of the cohort with its progress, by trainee name; empty when there is no such cohort.
     *
     * @throws CompletionRejected when the viewer is neither an administrator nor one of the cohort's faculty
     */
    public Optional<List<Progress>> board(Viewer viewer, long cohortId) {
        // One statement for the cohort, whether the viewer teaches it, its trainees and their certificates.
        List<Object[]> lines = em.createQuery("select c.startDate, c.endDate, c.requirements,"
                        + " (select count(f) from Cohort taught join taught.faculty f where taught = c and f.email = :email),"
                        + " e.id, t.id, t.firstName, t.lastName, e.status, cert.code from Cohort c"
                        + " left join Enrollment e on e.cohort = c left join e.trainee t"
                        + " left join Certificate cert on cert.enrollment = e"
                        + " where c.id = :cohort order by t.lastName, t.firstName, e.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("email", Account.normalizeEmail(viewer.email()))
                .getResultList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Object[] cohort = lines.get(0);
        if (!viewer.administrator() && ((Long) cohort[3]) == 0) {
            throw new CompletionRejected("cohort", "completion.notYourCohort");
        }
        List<Member> members = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        for (Object[] line : lines) {
            if (line[4] != null) {
                members.add(new Member((Long) line[4], (Long) line[5], line[6] + " " + line[7], (EnrollmentStatus) line[8]));
                codes.put((Long) line[4], (String) line[9]);
            }
        }
        List<Credit> credits = ColumnCredits.gathered(em, sources, cohortId, null);
        CohortTerms terms = new CohortTerms((LocalDate) cohort[0], (LocalDate) cohort[1], (CompletionRequirements) cohort[2]);
        return Optional.of(ProgressRules.compute(terms, members, credits, PacificTime.today(clock)).stream()
                .map(p -> p.withCertificate(codes.get(p.getEnrollmentId()))).toList());
    }

    /**
     * The trainee's progress in each cohort they follow or finished, by cohort name, the latest cohort first: a trainee
     * is rarely in two cohorts at once, but when they are, each has its own requirements.
     */
    public Map<String, Progress> progressesOf(String traineeEmail) {
        Map<String, Progress> byCohort = new LinkedHashMap<>();
        for (OwnRecords.Followed enrollment : OwnRecords.of(em, sources, traineeEmail)) {
            byCohort.put(enrollment.cohortName(), ProgressRules.compute(enrollment.terms(), List.of(enrollment.member()),
                    enrollment.credits(), PacificTime.today(clock)).get(0).withCertificate(enrollment.certificateCode()));
        }
        return byCohort;
    }

    /** As below, the completion dated the day the last requirement was met. */
    @Transactional
    public Certificate confirm(Viewer viewer, long enrollmentId) {
        return confirm(viewer, enrollmentId, null);
    }

    /**
     * An administrator confirms that an eligible trainee completed the program: the enrollment ends as completed on
     * the stated date or, without one, the day the last requirement was met (never before the trainee took part nor
     * after today), and a certificate is issued with today's figures. Anyone not eligible is refused and nothing
     * changes.
     */
    @Transactional
    public Certificate confirm(Viewer viewer, long enrollmentId, LocalDate statedOn) {
        if (!viewer.administrator()) {
            throw new CompletionRejected("enrollment", "completion.notYourCohort");
        }
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new CompletionRejected("enrollment", "enrollment.notFound");
        }
        Progress progress = progressOf(enrollment);
        if (!progress.isEligible()) {
            throw new CompletionRejected("enrollment", "completion.notEligible");
        }
        try {
            enrollments.end(enrollmentId, EnrollmentStatus.COMPLETED,
                    statedOn != null ? statedOn : completedOn(enrollment, progress));
        } catch (CohortRejected refused) {
            throw new CompletionRejected(refused.field(), refused.messageKey());
        }
        return issue(enrollment, progress, viewer.email());
    }

    /**
     * A certificate for an enrollment that was marked completed outside this page (such as before the records were
     * kept here), with whatever figures its records give today. Refused when the enrollment is not completed or
     * already has a certificate.
     */
    @Transactional
    public Certificate issueForCompleted(long enrollmentId, String issuedBy) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || enrollment.getStatus() != EnrollmentStatus.COMPLETED || certificateOf(enrollmentId).isPresent()) {
            throw new CompletionRejected("enrollment", "completion.notEligible");
        }
        return issue(enrollment, progressOf(enrollment), issuedBy);
    }

    /** The certificate of the enrollment, for its trainee or an administrator; empty for anyone else. */
    public Optional<CertificateDocument> certificate(Viewer viewer, long enrollmentId) {
        return certificateOf(enrollmentId)
                .filter(c -> viewer.mayOpen(c.getEnrollment().getTrainee().getEmail()))
                .map(CertificateDocument::of);
    }

    /**
     * An administrator reissues a certificate after a correction (the trainee's name corrected on their account, or
     * records corrected since): a new code, the figures of the records as they are now and the validity the cohort's
     * terms give. The old code is kept as superseded, so that the paper printed with it says so when checked; the
     * trainee is told and given the new verify link. Refused for anyone else or an enrollment without a certificate.
     */
    @Transactional
    public Certificate reissue(Viewer viewer, long enrollmentId) {
        if (!viewer.administrator()) {
            throw new CompletionRejected("enrollment", "completion.notYourCohort");
        }
        Certificate certificate = certificateOf(enrollmentId)
                .orElseThrow(() -> new CompletionRejected("enrollment", "certificate.reissue.none"));
        Enrollment enrollment = certificate.getEnrollment();
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new SupersededCode(certificate, certificate.getCode(), now));
        String code = unusedCode();
        certificate.reissue(code, now, viewer.email(), progressOf(enrollment), validUntil(enrollment));
        em.flush();
        notifications.tell(enrollment.getTrainee().recipient(), NotificationKind.COMPLETION,
                "certificate.notification.reissued", List.of(enrollment.getCohort().getName()), "/verify/" + code);
        return certificate;
    }

    /** For an administrator: the cohort's current certificates, by trainee name. */
    public List<CertificateRow> certificatesOf(Viewer viewer, long cohortId) {
        if (!viewer.administrator()) {
            throw new CompletionRejected("cohort", "completion.notYourCohort");
        }
        return em.createQuery("select new org.iecmhc.lms.completion.CertificateRow(e.id, concat(t.firstName, ' ', t.lastName),"
                        + " c.code, c.issuedAt, c.validUntil) from Certificate c join c.enrollment e join e.trainee t"
                        + " where e.cohort.id = :cohort order by t.lastName, t.firstName, e.id", CertificateRow.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    /** What the public page says of a code: valid, expired, superseded by a reissue, or unknown. */
    public Verification check(String code) {
        Optional<CertificateDocument> certificate = verify(code);
        if (certificate.isPresent()) {
            return Verification.of(certificate.get(), PacificTime.today(clock));
        }
        String normalized = CertificateCodes.normalize(code);
        if (!CertificateCodes.isWellFormed(normalized)) {
            return Verification.unknown();
        }
        return em.createQuery("select s.supersededAt from SupersededCode s where s.code = :code", LocalDateTime.class)
                .setParameter("code", normalized).getResultStream().findFirst()
                .map(at -> Verification.superseded(PacificTime.fromUtc(at).toLocalDate()))
                .orElseGet(Verification::unknown);
    }

    /** The certificate with this code, for anyone: a code is what proves a certificate genuine. */
    public Optional<CertificateDocument> verify(String code) {
        String normalized = CertificateCodes.normalize(code);
        if (!CertificateCodes.isWellFormed(normalized)) {
            return Optional.empty();
        }
        return em.createQuery("select c from Certificate c join fetch c.enrollment e join fetch e.trainee"
                        + " join fetch e.cohort where c.code = :code", Certificate.class)
                .setParameter("code", normalized).getResultStream().findFirst().map(CertificateDocument::of);
    }

    /** Records approved late still met the requirement on their own day; a course passed ahead counts today. */
    private LocalDate completedOn(Enrollment enrollment, Progress progress) {
        LocalDate today = PacificTime.today(clock);
        LocalDate metOn = progress.requirementsMetOn();
        if (metOn == null || metOn.isBefore(enrollment.getEnrolledOn())) {
            return enrollment.getEnrolledOn().isAfter(today) ? today : enrollment.getEnrolledOn();
        }
        return metOn.isAfter(today) ? today : metOn;
    }

    private Certificate issue(Enrollment enrollment, Progress progress, String issuedBy) {
        String code = unusedCode();
        Certificate certificate = new Certificate(enrollment, code, LocalDateTime.now(clock), issuedBy, progress,
                validUntil(enrollment));
        em.persist(certificate);
        em.flush();
        notifications.tell(enrollment.getTrainee().recipient(), NotificationKind.COMPLETION, "notification.completed",
                List.of(enrollment.getCohort().getName()), "/verify/" + code);
        return certificate;
    }

    /** Never one a certificate carries or carried: a superseded code must keep saying "superseded". */
    private String unusedCode() {
        String code = CertificateCodes.next();
        while (codeTaken(code)) {
            code = CertificateCodes.next();
        }
        return code;
    }

    private boolean codeTaken(String code) {
        return em.createQuery("select count(c) from Certificate c where c.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0
                || em.createQuery("select count(s) from SupersededCode s where s.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    /** The completion day plus the cohort's validity period; empty when its certificates do not expire. */
    private LocalDate validUntil(Enrollment enrollment) {
        LocalDate completedOn = enrollment.getEndedOn();
        if (completedOn == null) {
            return null;
        }
        return em.createQuery("select t.validMonths from RenewalTerms t where t.cohortId = :cohort", Integer.class)
                .setParameter("cohort", enrollment.getCohort().getId()).getResultStream().findFirst()
                .map(completedOn::plusMonths).orElse(null);
    }

    private Optional<Certificate> certificateOf(long enrollmentId) {
        return em.createQuery("select c from Certificate c join fetch c.enrollment e join fetch e.trainee"
                        + " join fetch e.cohort where e.id = :id", Certificate.class)
                .setParameter("id", enrollmentId).getResultStream().findFirst();
    }

    /** For eligibility and the figures of a new certificate, so without the certificate code. */
    private Progress progressOf(Enrollment enrollment) {
        Account trainee = enrollment.getTrainee();
        Member member = new Member(enrollment.getId(), trainee.getId(),
                trainee.getFirstName() + " " + trainee.getLastName(), enrollment.getStatus());
        return progressOf(member, enrollment.getCohort().getId(), termsOf(enrollment.getCohort()));
    }

    /** The same progress as the cohort's row of this enrollment, from the trainee's own credits only. */
    private Progress progressOf(Member member, long cohortId, CohortTerms terms) {
        List<Credit> credits = ColumnCredits.gathered(em, sources, cohortId, member.traineeId());
        return ProgressRules.compute(terms, List.of(member), credits, PacificTime.today(clock)).get(0);
    }

    private static CohortTerms termsOf(Cohort cohort) {
        return new CohortTerms(cohort.getStartDate(), cohort.getEndDate(), cohort.getRequirements());
    }
}
