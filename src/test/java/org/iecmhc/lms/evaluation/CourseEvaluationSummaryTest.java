package org.iecmhc.lms.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The group figures of a course's evaluations, and the rule that hides them below three answers. */
class CourseEvaluationSummaryTest {

    private final SurveyTemplate template = new SurveyTemplate("Course", SurveyPurpose.COURSE_EVALUATION);
    private final SurveyQuestion relevance = template.add(new QuestionDetails(QuestionKind.LIKERT, "Relevant", "Pertinente", true));
    private final SurveyQuestion recommend = template.add(new QuestionDetails(QuestionKind.YES_NO, "Recommend?", "¿Recomienda?", true));
    private final SurveyQuestion comments = template.add(new QuestionDetails(QuestionKind.TEXT, "Comments", "Comentarios", false));

    @Test
    void twoAnswersShowOnlyTheCount() {
        CourseEvaluationSummary summary = CourseEvaluationSummary.of(2, template.getQuestions(), Map.of(
                relevance, List.of(likert(5), likert(1)), recommend, List.of(yes(true), yes(false))));
        assertFalse(summary.isShown());
        assertEquals(2, summary.getAnswered());
        assertTrue(summary.getQuestions().isEmpty(), "no figure at all below the threshold");
    }

    @Test
    void threeAnswersShowMeanDistributionSharesAndSortedComments() {
        CourseEvaluationSummary summary = CourseEvaluationSummary.of(3, template.getQuestions(), Map.of(
                relevance, List.of(likert(5), likert(4), likert(4)),
                recommend, List.of(yes(true), yes(false), yes(true)),
                comments, List.of(text("Zoom links broke"), text("  "), text("more role plays"))));
        assertTrue(summary.isShown());
        QuestionSummary likert = summary.getQuestions().get(0);
        assertEquals(3, likert.count());
        assertEquals(4.33, likert.mean());
        assertEquals(List.of(0, 0, 0, 2, 1), likert.distribution());
        assertEquals(2, likert.countOf(4));
        QuestionSummary yesNo = summary.getQuestions().get(1);
        assertEquals(67, yesNo.yesPercent());
        assertEquals(33, yesNo.noPercent(), "the shares add up to 100");
        assertEquals(List.of("more role plays", "Zoom links broke"), summary.getQuestions().get(2).comments(),
                "blank comments dropped, the rest in alphabetical order, not in the order they came");
    }

    @Test
    void skippedOptionalQuestionsCountOnlyThoseWhoAnswered() {
        CourseEvaluationSummary summary = CourseEvaluationSummary.of(4, template.getQuestions(), Map.of(
                relevance, List.of(likert(2), likert(3), likert(3), likert(4)), recommend, List.of(yes(false))));
        assertEquals(3.0, summary.getQuestions().get(0).mean());
        assertEquals(0, summary.getQuestions().get(1).yesPercent());
        assertEquals(100, summary.getQuestions().get(1).noPercent());
        QuestionSummary none = summary.getQuestions().get(2);
        assertEquals(0, none.count());
        assertTrue(none.comments().isEmpty());
        assertNull(none.mean());
    }

    private static Answer likert(int value) {
        return new Answer(value, null, null);
    }

    private static Answer yes(boolean value) {
        return new Answer(null, value, null);
    }

    private static Answer text(String value) {
        return new Answer(null, null, value);
    }
}
