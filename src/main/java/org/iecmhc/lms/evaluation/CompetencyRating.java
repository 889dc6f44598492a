package org.iecmhc.lms.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A trainee's rating (1 to 5) in one competency domain of their final evaluation. */
@Entity
@Table(name = "competency_rating")
public class CompetencyRating extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CompetencyEvaluation evaluation;

    @ManyToOne(optional = false)
    private SurveyQuestion question;

    private int rating;

    protected CompetencyRating() {
    }

    CompetencyRating(CompetencyEvaluation evaluation, SurveyQuestion question, int rating) {
        this.evaluation = evaluation;
        this.question = question;
        this.rating = rating;
    }

    void rate(int rating) {
        this.rating = rating;
    }

    @Override
    public String auditLabel() {
        return "rating of question " + question.getId() + " in competency evaluation " + evaluation.getId();
    }

    public SurveyQuestion getQuestion() {
        return question;
    }

    public int getRating() {
        return rating;
    }
}
