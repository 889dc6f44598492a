package org.iecmhc.lms.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * Faculty's final competency evaluation of one trainee's enrollment: a rating per domain of the competency template,
 * a narrative and a recommendation. Written as a draft; once submitted it is read-only until an administrator
 * reopens it.
 */
@Entity
@Table(name = "competency_evaluation")
public class CompetencyEvaluation extends AuditedRecord {

    @OneToOne(optional = false)
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SurveyTemplate template;

    @ManyToOne(optional = false)
    private Account author;

    @Enumerated(EnumType.STRING)
    private EvaluationStatus status = EvaluationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    @AuditHidden
    private String narrative;

    private LocalDate updatedOn;

    private LocalDate submittedOn;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CompetencyRating> ratings = new ArrayList<>();

    protected CompetencyEvaluation() {
    }

    CompetencyEvaluation(Enrollment enrollment, SurveyTemplate template, Account author, LocalDate on) {
        this.enrollment = enrollment;
        this.template = template;
        this.author = author;
        this.updatedOn = on;
    }

    /** Saves the form over the draft; a domain left unrated loses its earlier rating. */
    void write(Account author, Map<SurveyQuestion, Integer> rated, String narrative, Recommendation recommendation,
               LocalDate on) {
        this.author = author;
        ratings.removeIf(r -> !rated.containsKey(r.getQuestion()));
        rated.forEach((question, value) -> ratingOf(question).ifPresentOrElse(r -> r.rate(value),
                () -> ratings.add(new CompetencyRating(this, question, value))));
        this.narrative = TypedText.trimmedOrNull(narrative);
        this.recommendation = recommendation;
        this.updatedOn = on;
    }

    void submit(LocalDate on) {
        status = EvaluationStatus.SUBMITTED;
        submittedOn = on;
    }

    void reopen(LocalDate on) {
        status = EvaluationStatus.DRAFT;
        submittedOn = null;
        updatedOn = on;
    }

    /** The narrative is about the trainee; the ratings and recommendation stay as the cohort's figures. */
    void forgetNarrative() {
        narrative = null;
    }

    public Optional<CompetencyRating> ratingOf(SurveyQuestion question) {
        return ratings.stream().filter(r -> r.getQuestion().equals(question)).findFirst();
    }

    public boolean isSubmitted() {
        return status == EvaluationStatus.SUBMITTED;
    }

    @Override
    public String auditLabel() {
        return "competency evaluation of enrollment " + enrollment.getId() + ": " + status;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public SurveyTemplate getTemplate() {
        return template;
    }

    public Account getAuthor() {
        return author;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getNarrative() {
        return narrative;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    /** The ratings in the order of the template's domains. */
    public List<CompetencyRating> getRatings() {
        return ratings.stream().sorted(Comparator.comparingInt(r -> r.getQuestion().getSortOrder())).toList();
    }
}
