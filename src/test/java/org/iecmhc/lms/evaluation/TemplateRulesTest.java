package org.iecmhc.lms.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a template, its questions and the answers to them must be. */
class TemplateRulesTest {

    @Test
    void questionsNeedAKindAndWordingInBothLanguages() {
        assertEquals("evaluation.question.kind.required", rejected(SurveyPurpose.COURSE_EVALUATION,
                new QuestionDetails(null, "Clear?", "¿Claro?", true)));
        assertEquals("textEs", assertThrows(EvaluationRejected.class, () -> TemplateRules.checkQuestion(
                SurveyPurpose.COURSE_EVALUATION, new QuestionDetails(QuestionKind.TEXT, "Comments", " ", false))).field());
        assertEquals("evaluation.question.text.tooLong", rejected(SurveyPurpose.COURSE_EVALUATION,
                new QuestionDetails(QuestionKind.TEXT, "x".repeat(501), "Comentarios", false)));
        assertEquals("evaluation.template.title.required",
                assertThrows(EvaluationRejected.class, () -> TemplateRules.checkTitle("  ")).messageKey());
    }

    @Test
    void competencyTemplatesRateDomainsOnly() {
        assertEquals("evaluation.question.competencyLikertOnly", rejected(SurveyPurpose.COMPETENCY_EVALUATION,
                new QuestionDetails(QuestionKind.YES_NO, "Ready?", "¿Lista?", true)));
        TemplateRules.checkQuestion(SurveyPurpose.COMPETENCY_EVALUATION,
                new QuestionDetails(QuestionKind.LIKERT, "Reflective practice", "Práctica reflexiva", true));
    }

    @Test
    void requiredQuestionsMustBeAnsweredAndRatingsStayWithinOneToFive() {
        SurveyTemplate template = new SurveyTemplate("Course", SurveyPurpose.COURSE_EVALUATION);
        SurveyQuestion rating = template.add(new QuestionDetails(QuestionKind.LIKERT, "Relevant", "Pertinente", true));
        SurveyQuestion recommend = template.add(new QuestionDetails(QuestionKind.YES_NO, "Recommend?", "¿Recomienda?", true));
        template.add(new QuestionDetails(QuestionKind.TEXT, "Comments", "Comentarios", false));
        assertEquals(Map.of("q1", "evaluation.answer.required", "q2", "evaluation.answer.required"),
                TemplateRules.checkAnswers(template.getQuestions(), Map.of()), "every problem at once; optional ones may stay empty");
        assertEquals(Map.of("q1", "evaluation.answer.likertRange"), TemplateRules.checkAnswers(template.getQuestions(),
                Map.of(rating, new Answer(6, null, null), recommend, new Answer(null, false, null))));
        assertTrue(TemplateRules.checkAnswers(template.getQuestions(),
                Map.of(rating, new Answer(1, null, null), recommend, new Answer(null, false, null))).isEmpty());
    }

    @Test
    void questionsMoveOnePlaceAndStayNumberedFromOne() {
        SurveyTemplate template = new SurveyTemplate("Course", SurveyPurpose.COURSE_EVALUATION);
        SurveyQuestion a = template.add(new QuestionDetails(QuestionKind.LIKERT, "A", "A", true));
        SurveyQuestion b = template.add(new QuestionDetails(QuestionKind.LIKERT, "B", "B", true));
        SurveyQuestion c = template.add(new QuestionDetails(QuestionKind.LIKERT, "C", "C", true));
        template.move(c, -1);
        assertEquals(List.of(a, c, b), template.getQuestions());
        template.move(a, -1);
        assertEquals(List.of(a, c, b), template.getQuestions(), "the first stays first");
        template.remove(c);
        assertEquals(List.of(1, 2), template.getQuestions().stream().map(SurveyQuestion::getSortOrder).toList());
    }

    private static String rejected(SurveyPurpose purpose, QuestionDetails details) {
        return assertThrows(EvaluationRejected.class, () -> TemplateRules.checkQuestion(purpose, details)).messageKey();
    }
}
