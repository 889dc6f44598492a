package org.iecmhc.lms.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.ExistingRecordView;

/**
 * One trainee's final competency evaluation: faculty of the cohort write and submit it, administrators read it and
 * may reopen a submitted one.
 */
@Named
@ViewScoped
public class CompetencyView extends ExistingRecordView {

    @Inject
    CompetencyEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private boolean writer;
    private String traineeName;
    private String cohortName;
    private Long version;
    private EvaluationStatus status;
    private LocalDate submittedOn;
    private List<QuestionRow> domains = List.of();
    private String narrative;
    private Recommendation recommendation;

    @Override
    protected boolean open(long enrollmentId) {
        try {
            Enrollment enrollment = evaluations.enrollmentFor(viewer.get().email(), enrollmentId);
            traineeName = enrollment.getTrainee().getDisplayName();
            cohortName = enrollment.getCohort().getName();
            writer = evaluations.writes(viewer.get().email(), enrollment);
            show(evaluations.of(viewer.get().email(), enrollmentId));
            return true;
        } catch (EvaluationRejected rejected) {
            return false;
        }
    }

    private void show(Optional<CompetencyEvaluation> evaluation) {
        domains = evaluations.domains(evaluation).stream().map(QuestionRow::new).toList();
        evaluation.ifPresent(e -> {
            version = e.getVersion();
            status = e.getStatus();
            submittedOn = e.getSubmittedOn();
            narrative = e.getNarrative();
            recommendation = e.getRecommendation();
            domains.forEach(row -> e.getRatings().stream().filter(r -> r.getQuestion().getId() == row.getQuestionId())
                    .findFirst().ifPresent(r -> row.setLikert(r.getRating())));
        });
    }

    public void saveDraft() {
        save(false);
    }

    public void submit() {
        save(true);
    }

    private void save(boolean submitting) {
        Map<Long, Integer> ratings = new HashMap<>();
        domains.stream().filter(d -> d.getLikert() != null).forEach(d -> ratings.put(d.getQuestionId(), d.getLikert()));
        CompetencyForm form = new CompetencyForm(ratings, narrative, recommendation);
        String email = viewer.get().email();
        try {
            CompetencyEvaluation saved = submitting ? evaluations.submit(email, getId(), version, form)
                    : evaluations.saveDraft(email, getId(), version, form);
            version = saved.getVersion();
            status = saved.getStatus();
            submittedOn = saved.getSubmittedOn();
            Messages.info(submitting ? "evaluation.competency.submitted" : "evaluation.competency.draftSaved");
        } catch (EvaluationIncomplete incomplete) {
            incomplete.problems().forEach((field, key) -> Messages.error(clientId(field), key));
        } catch (EvaluationRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public void reopen() {
        try {
            CompetencyEvaluation reopened = evaluations.reopen(viewer.get().email(), getId());
            version = reopened.getVersion();
            status = reopened.getStatus();
            submittedOn = null;
            Messages.info("evaluation.competency.reopened");
        } catch (EvaluationRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    private String clientId(String field) {
        if ("narrative".equals(field) || "recommendation".equals(field)) {
            return "competency:" + field;
        }
        for (int i = 0; i < domains.size(); i++) {
            if (field.equals("q" + domains.get(i).getPosition())) {
                return "competency:domains:" + i + ":likert";
            }
        }
        return null;
    }

    /** Faculty of the cohort edit a draft; administrators, and everyone once it is submitted, only read. */
    public boolean isEditable() {
        return writer && status != EvaluationStatus.SUBMITTED;
    }

    public boolean isReopenable() {
        return viewer.get().administrator() && status == EvaluationStatus.SUBMITTED;
    }

    public List<Integer> getScale() {
        return QuestionKind.likertScale();
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public List<QuestionRow> getDomains() {
        return domains;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }
}
