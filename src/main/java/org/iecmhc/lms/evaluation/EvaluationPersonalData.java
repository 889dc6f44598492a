package org.iecmhc.lms.evaluation;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * A trainee's final competency evaluations, and which courses' final evaluations they answered. The answers
 * themselves are stored with no link to anyone, so they are neither exported nor erased: only the receipt that
 * says the trainee answered names them. A faculty member's part is how many evaluations they wrote.
 */
@ApplicationScoped
public class EvaluationPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "evaluations";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return record()
                .with("competencyEvaluations", list(competencyEvaluations(person), EvaluationPersonalData::evaluation))
                .with("courseEvaluationsAnswered", list(receipts(person), r -> record()
                        .with("course", r.getCourse().getTitle()).with("submittedAtUtc", r.getSubmittedAt()).build()))
                .with("competencyEvaluationsWritten", person.count(em, "select count(c) from CompetencyEvaluation c"
                        + " where c.author.id = :id"))
                .build();
    }

    /**
     * Erases the narrative, keeping the ratings and recommendation the cohort's figures count, and the receipts:
     * without them nothing ties the person to a course evaluation, and the courses' counts are taken from the
     * anonymous responses, which stay.
     */
    @Override
    public void anonymise(DataSubject person) {
        competencyEvaluations(person).forEach(CompetencyEvaluation::forgetNarrative);
        receipts(person).forEach(em::remove);
    }

    private List<CompetencyEvaluation> competencyEvaluations(DataSubject person) {
        return person.records(em, "select c from CompetencyEvaluation c join fetch c.enrollment e join fetch e.cohort"
                + " where e.trainee.id = :id order by c.updatedOn, c.id", CompetencyEvaluation.class);
    }

    private List<CourseEvaluationReceipt> receipts(DataSubject person) {
        return person.records(em, "select r from CourseEvaluationReceipt r join fetch r.course where r.trainee.id = :id"
                + " order by r.submittedAt, r.id", CourseEvaluationReceipt.class);
    }

    private static JsonObject evaluation(CompetencyEvaluation evaluation) {
        return record()
                .with("cohort", evaluation.getEnrollment().getCohort().getName())
                .with("status", evaluation.getStatus().name())
                .with("ratings", list(evaluation.getRatings(), r -> record()
                        .with("competency", r.getQuestion().getTextEn()).with("rating", r.getRating()).build()))
                .with("recommendation", evaluation.getRecommendation() == null ? null
                        : evaluation.getRecommendation().name())
                .with("narrative", evaluation.getNarrative())
                .with("updatedOn", evaluation.getUpdatedOn())
                .with("submittedOn", evaluation.getSubmittedOn())
                .build();
    }
}
