package org.iecmhc.lms.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iecmhc.lms.platform.text.TypedText;

/** What a survey template and its questions must be, whatever page or import they come from. */
final class TemplateRules {


    private TemplateRules() {
    }

    static void checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new EvaluationRejected("title", "evaluation.template.title.required");
        }
        TypedText.requireFits(title, EvaluationLimits.TEMPLATE_TITLE, EvaluationRejected::new, "title",
                "evaluation.template.title.tooLong");
    }

    static void checkPurpose(SurveyPurpose purpose) {
        if (purpose == null) {
            throw new EvaluationRejected("purpose", "evaluation.template.purpose.required");
        }
    }

    /** Competency templates rate domains, so each of their questions is a 1-5 rating. */
    static void checkQuestion(SurveyPurpose purpose, QuestionDetails details) {
        if (details.kind() == null) {
            throw new EvaluationRejected("kind", "evaluation.question.kind.required");
        }
        if (purpose == SurveyPurpose.COMPETENCY_EVALUATION && details.kind() != QuestionKind.LIKERT) {
            throw new EvaluationRejected("kind", "evaluation.question.competencyLikertOnly");
        }
        checkText("textEn", details.textEn());
        checkText("textEs", details.textEs());
    }

    private static void checkText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new EvaluationRejected(field, "evaluation.question.text.required");
        }
        TypedText.requireFits(text, EvaluationLimits.QUESTION, EvaluationRejected::new, field,
                "evaluation.question.text.tooLong");
    }

    /** Checks each answer against its question; returns the problems by field ("q" and the question's position). */
    static Map<String, String> checkAnswers(List<SurveyQuestion> questions, Map<SurveyQuestion, Answer> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (SurveyQuestion question : questions) {
            Answer answer = answers.getOrDefault(question, Answer.NONE);
            String field = "q" + question.getSortOrder();
            if (answer.isEmpty()) {
                if (question.isRequired()) {
                    problems.put(field, "evaluation.answer.required");
                }
            } else if (question.getKind() == QuestionKind.LIKERT && (answer.likert() == null
                    || answer.likert() < QuestionKind.LIKERT_MIN || answer.likert() > QuestionKind.LIKERT_MAX)) {
                problems.put(field, "evaluation.answer.likertRange");
            } else if (question.getKind() == QuestionKind.TEXT && answer.text() != null
                    && !TypedText.fits(answer.text(), EvaluationLimits.ANSWER)) {
                problems.put(field, "evaluation.answer.tooLong");
            }
        }
        return problems;
    }
}
