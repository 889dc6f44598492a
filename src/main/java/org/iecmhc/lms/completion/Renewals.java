package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Certificates that expire and their renewal: each cohort's terms (set by an administrator), the continuing training
 * and reflective supervision alumni record, and how far each alumnus is toward renewing. The terms apply to the
 * certificates issued or reissued after they are set.
 */
@ApplicationScoped
public class Renewals {

    static final int MOST_MONTHS = 120;
    static final BigDecimal MOST_REQUIRED_HOURS = new BigDecimal("999");
    static final BigDecimal MOST_HOURS_AT_ONCE = new BigDecimal("100");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The cohort's terms as the administrator's form shows them: empty fields when it has none. */
    public RenewalTermsInput form(long cohortId) {
        RenewalTermsInput form = new RenewalTermsInput();
        terms(cohortId).ifPresent(t -> {
            form.setValidMonths(t.getValidMonths());
            form.setTrainingHours(t.getTrainingHours());
            form.setSupervisionHours(t.getSupervisionHours());
        });
        return form;
    }

    /**
     * An administrator sets how long the cohort's certificates stay valid and the hours that renew one; no validity
     * period removes the terms, so certificates issued afterwards do not expire. Refused with a field's message.
     */
    @Transactional
    public void setTerms(Viewer viewer, long cohortId, RenewalTermsInput input) {
        if (!viewer.administrator()) {
            throw new CompletionRejected("cohort", "completion.notYourCohort");
        }
        if (em.find(Cohort.class, cohortId) == null) {
            throw new CompletionRejected("cohort", "certificate.terms.noCohort");
        }
        Optional<RenewalTerms> stored = terms(cohortId);
        Integer months = input.getValidMonths();
        if (months == null || months == 0) {
            stored.ifPresent(em::remove);
            return;
        }
        if (months < 0 || months > MOST_MONTHS) {
            throw new CompletionRejected("validMonths", "certificate.terms.months");
        }
        BigDecimal training = hours(input.getTrainingHours(), "trainingHours");
        BigDecimal supervision = hours(input.getSupervisionHours(), "supervisionHours");
        RenewalTerms terms = stored.orElseGet(() -> {
            RenewalTerms created = new RenewalTerms(cohortId);
            em.persist(created);
            return created;
        });
        terms.change(months, training, supervision);
    }

    /** The alumnus's certificates that expire, each with their way toward renewing it. */
    public List<RenewalProgress> ofAlumnus(String email) {
        return progress(em.createQuery("select c, t from Certificate c join fetch c.enrollment e join fetch e.trainee tr"
                        + " join fetch e.cohort, RenewalTerms t where t.cohortId = e.cohort.id and c.validUntil is not null"
                        + " and tr.email = :email order by c.validUntil desc", Object[].class)
                .setParameter("email", Account.normalizeEmail(email)).getResultList());
    }

    /** For an administrator: every alumnus of the cohort whose certificate expires, by name. */
    public List<RenewalProgress> ofCohort(Viewer viewer, long cohortId) {
        if (!viewer.administrator()) {
            throw new CompletionRejected("cohort", "completion.notYourCohort");
        }
        return progress(em.createQuery("select c, t from Certificate c join fetch c.enrollment e join fetch e.trainee tr"
                        + " join fetch e.cohort, RenewalTerms t where t.cohortId = e.cohort.id and c.validUntil is not null"
                        + " and e.cohort.id = :cohort order by tr.lastName, tr.firstName, e.id", Object[].class)
                .setParameter("cohort", cohortId).getResultList());
    }

    /**
     * The alumnus records hours toward renewing the certificate of this enrollment: done since they completed the
     * program and not in the future. Refused with a field's message, or when the certificate is not theirs or does
     * not expire.
     */
    @Transactional
    public void record(String email, long enrollmentId, RenewalInput input) {
        Certificate certificate = em.createQuery("select c from Certificate c join fetch c.enrollment e"
                        + " where e.id = :id and e.trainee.email = :email and c.validUntil is not null", Certificate.class)
                .setParameter("id", enrollmentId).setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst()
                .orElseThrow(() -> new CompletionRejected("enrollment", "certificate.renewal.notYours"));
        Enrollment enrollment = certificate.getEnrollment();
        if (input.getKind() == null) {
            throw new CompletionRejected("kind", "certificate.renewal.kindRequired");
        }
        BigDecimal hours = input.getHours();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MOST_HOURS_AT_ONCE) > 0 || hours.scale() > 2) {
            throw new CompletionRejected("hours", "certificate.renewal.hours");
        }
        LocalDate today = PacificTime.today(clock);
        LocalDate doneOn = input.getDoneOn();
        if (doneOn == null || doneOn.isAfter(today)
                || (enrollment.getEndedOn() != null && doneOn.isBefore(enrollment.getEndedOn()))) {
            throw new CompletionRejected("doneOn", "certificate.renewal.doneOn");
        }
        String description = input.getDescription() == null ? "" : input.getDescription().strip();
        if (description.isEmpty() || description.length() > CompletionLimits.RENEWAL_DESCRIPTION) {
            throw new CompletionRejected("description", "certificate.renewal.description");
        }
        em.persist(new RenewalActivity(enrollment, input.getKind(), hours, doneOn, description, LocalDateTime.now(clock)));
    }

    private Optional<RenewalTerms> terms(long cohortId) {
        return em.createQuery("select t from RenewalTerms t where t.cohortId = :cohort", RenewalTerms.class)
                .setParameter("cohort", cohortId).getResultStream().findFirst();
    }

    /** One query for the activities of all the certificates listed. */
    private List<RenewalProgress> progress(List<Object[]> certificates) {
        if (certificates.isEmpty()) {
            return List.of();
        }
        List<Long> enrollments = certificates.stream().map(r -> ((Certificate) r[0]).getEnrollment().getId()).toList();
        Map<Long, List<RenewalActivity>> activities = em.createQuery("select a from RenewalActivity a"
                        + " where a.enrollment.id in :ids order by a.doneOn desc, a.id desc", RenewalActivity.class)
                .setParameter("ids", enrollments).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getEnrollment().getId(), Collectors.toList()));
        LocalDate today = PacificTime.today(clock);
        List<RenewalProgress> progress = new ArrayList<>();
        for (Object[] row : certificates) {
            Certificate certificate = (Certificate) row[0];
            RenewalTerms terms = (RenewalTerms) row[1];
            Enrollment enrollment = certificate.getEnrollment();
            List<RenewalActivity> done = activities.getOrDefault(enrollment.getId(), List.of());
            progress.add(new RenewalProgress(enrollment.getId(), enrollment.getTrainee().getDisplayName(),
                    enrollment.getCohort().getName(), certificate.getValidUntil(),
                    certificate.getValidUntil().isBefore(today), sum(done, RenewalKind.TRAINING, certificate),
                    terms.getTrainingHours(), sum(done, RenewalKind.SUPERVISION, certificate), terms.getSupervisionHours(),
                    done.stream().map(a -> new RenewalProgress.Activity(a.getKind(), a.getHours(), a.getDoneOn(),
                            a.getDescription())).toList()));
        }
        return progress;
    }

    /** Hours done within the validity period count toward renewing it. */
    private static BigDecimal sum(List<RenewalActivity> activities, RenewalKind kind, Certificate certificate) {
        return activities.stream().filter(a -> a.getKind() == kind && !a.getDoneOn().isAfter(certificate.getValidUntil()))
                .map(RenewalActivity::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal hours(BigDecimal hours, String field) {
        if (hours == null) {
            return BigDecimal.ZERO;
        }
        if (hours.signum() < 0 || hours.compareTo(MOST_REQUIRED_HOURS) > 0 || hours.scale() > 2) {
            throw new CompletionRejected(field, "certificate.terms.hours");
        }
        return hours;
    }
}
