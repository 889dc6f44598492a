package org.iecmhc.lms.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Faculty's final competency evaluations of trainees. Faculty of the trainee's cohort write them (draft, then
 * submit); a submitted one is read-only until an administrator reopens it. The trainee reads their own once
 * submitted; administrators read all.
 */
@ApplicationScoped
public class CompetencyEvaluations {

    @Inject
    EntityManager em;

    @Inject
    SurveyTemplates templates;

    @Inject
    Clock clock;

    /** The enrollments the person evaluates (faculty: of their cohorts; administrators: all), with evaluations. */
    public List<CompetencyRow> roster(String email) {
        Account person = caller(email);
        List<Enrollment> enrollments = Conditions.chosen()
                .and("e.status in :statuses", "statuses", CourseEvaluations.TOOK_COURSES)
                .and(":f member of e.cohort.faculty", "f", person.hasRole(Role.ADMINISTRATOR) ? null : person)
                .all(em, "select e from Enrollment e join fetch e.cohort join fetch e.trainee",
                        "e.cohort.startDate desc, e.trainee.lastName, e.trainee.firstName", Enrollment.class);
        Map<Long, CompetencyEvaluation> evaluations = enrollments.isEmpty() ? Map.of()
                : em.createQuery("select c from CompetencyEvaluation c where c.enrollment in :e", CompetencyEvaluation.class)
                .setParameter("e", enrollments).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getEnrollment().getId(), Function.identity()));
        return enrollments.stream().map(e -> new CompetencyRow(e, evaluations.get(e.getId()))).toList();
    }

    /** The enrollment as the person may see it for evaluation: faculty of its cohort or an administrator. */
    public Enrollment enrollmentFor(String email, long enrollmentId) {
        Account person = caller(email);
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !(person.hasRole(Role.ADMINISTRATOR) || teaches(person, enrollment))) {
            throw new EvaluationRejected(null, "evaluation.competency.notAvailable");
        }
        return enrollment;
    }

    /** Whether the person writes this trainee's evaluation: faculty of the cohort. */
    public boolean writes(String email, Enrollment enrollment) {
        return teaches(caller(email), enrollment);
    }

    public Optional<CompetencyEvaluation> of(String email, long enrollmentId) {
        return find(enrollmentFor(email, enrollmentId));
    }

    /** The domains to rate: those of the evaluation's template, or the default competency template's for a new one. */
    public List<SurveyQuestion> domains(Optional<CompetencyEvaluation> evaluation) {
        return evaluation.map(CompetencyEvaluation::getTemplate)
                .orElseGet(() -> templates.defaultFor(SurveyPurpose.COMPETENCY_EVALUATION)).getQuestions();
    }

    /** Saves the form as a draft; ratings and text may be incomplete, but what is there must be valid. */
    @Transactional
    public CompetencyEvaluation saveDraft(String email, long enrollmentId, Long version, CompetencyForm form) {
        CompetencyEvaluation evaluation = written(email, enrollmentId, version, form, false, today());
        em.flush(); // a new draft's id and version go back to the page at once
        return evaluation;
    }

    /** Saves and submits: every domain rated, a narrative and a recommendation. */
    @Transactional
    public CompetencyEvaluation submit(String email, long enrollmentId, Long version, CompetencyForm form) {
        LocalDate today = today();
        CompetencyEvaluation evaluation = written(email, enrollmentId, version, form, true, today);
        evaluation.submit(today);
        em.flush();
        return evaluation;
    }

    /** An administrator sends a submitted evaluation back to draft so faculty can correct it. */
    @Transactional
    public CompetencyEvaluation reopen(String email, long enrollmentId) {
        Account person = caller(email);
        if (!person.hasRole(Role.ADMINISTRATOR)) {
            throw new EvaluationRejected(null, "evaluation.competency.notAvailable");
        }
        CompetencyEvaluation evaluation = find(enrollmentFor(email, enrollmentId))
                .filter(CompetencyEvaluation::isSubmitted)
                .orElseThrow(() -> new EvaluationRejected(null, "evaluation.competency.notSubmitted"));
        evaluation.reopen(today());
        return evaluation;
    }

    /** The trainee's own submitted evaluations; drafts stay with faculty. */
    public List<CompetencyEvaluation> mine(String email) {
        return em.createQuery("select c from CompetencyEvaluation c join fetch c.enrollment e join fetch e.cohort"
                        + " where e.trainee = :t and c.status = :submitted order by c.submittedOn desc", CompetencyEvaluation.class)
                .setParameter("t", caller(email)).setParameter("submitted", EvaluationStatus.SUBMITTED).getResultList();
    }

    private CompetencyEvaluation writable(String email, long enrollmentId, Long version) {
        Account person = caller(email);
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !teaches(person, enrollment)) {
            throw new EvaluationRejected(null, "evaluation.competency.notAvailable");
        }
        Optional<CompetencyEvaluation> existing = find(enrollment);
        if (existing.isPresent()) {
            CompetencyEvaluation evaluation = existing.get();
            if (evaluation.isSubmitted()) {
                throw new EvaluationRejected(null, "evaluation.competency.submittedReadOnly");
            }
            if (version == null) {
                // The form was opened before anyone had started this evaluation; someone has since.
                throw new RecordChangedMeanwhile(evaluation.auditLabel());
            }
            evaluation.requireVersion(version);
            return evaluation;
        }
        CompetencyEvaluation evaluation = new CompetencyEvaluation(enrollment,
                templates.defaultFor(SurveyPurpose.COMPETENCY_EVALUATION), person, today());
        em.persist(evaluation);
        return evaluation;
    }

    private Map<SurveyQuestion, Integer> rated(CompetencyEvaluation evaluation, CompetencyForm form,
                                               Map<String, String> problems, boolean complete) {
        Map<SurveyQuestion, Integer> rated = new HashMap<>();
        for (SurveyQuestion domain : evaluation.getTemplate().getQuestions()) {
            Integer value = form.ratings().get(domain.getId());
            String field = "q" + domain.getSortOrder();
            if (value == null) {
                if (complete) {
                    problems.put(field, "evaluation.answer.required");
                }
            } else if (value < QuestionKind.LIKERT_MIN || value > QuestionKind.LIKERT_MAX) {
                problems.put(field, "evaluation.answer.likertRange");
            } else {
                rated.put(domain, value);
            }
        }
        boolean noNarrative = form.narrative() == null || form.narrative().isBlank();
        if (!TypedText.fits(form.narrative(), EvaluationLimits.NARRATIVE)) {
            problems.put("narrative", "evaluation.narrative.tooLong");
        } else if (complete && noNarrative) {
            problems.put("narrative", "evaluation.narrative.required");
        }
        if (complete && form.recommendation() == null) {
            problems.put("recommendation", "evaluation.recommendation.required");
        }
        return rated;
    }

    private boolean teaches(Account person, Enrollment enrollment) {
        return person.hasRole(Role.FACULTY) && enrollment.getCohort().getFaculty().stream()
                .anyMatch(f -> f.getId().equals(person.getId()));
    }

    private Optional<CompetencyEvaluation> find(Enrollment enrollment) {
        return em.createQuery("select c from CompetencyEvaluation c where c.enrollment = :e", CompetencyEvaluation.class)
                .setParameter("e", enrollment).getResultStream().findFirst();
    }

    private LocalDate today() {
        return PacificTime.today(clock);
    }

    /** The form written into the evaluation, once every rating is valid (and, to submit, every domain rated). */
    private CompetencyEvaluation written(String email, long enrollmentId, Long version, CompetencyForm form,
                                         boolean complete, LocalDate today) {
        CompetencyEvaluation evaluation = writable(email, enrollmentId, version);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<SurveyQuestion, Integer> rated = rated(evaluation, form, problems, complete);
        if (!problems.isEmpty()) {
            throw new EvaluationIncomplete(problems);
        }
        evaluation.write(caller(email), rated, form.narrative(), form.recommendation(), today);
        return evaluation;
    }

    private Account caller(String email) {
        return EvaluationAccess.caller(em, email, "evaluation.competency.notAvailable");
    }
}
