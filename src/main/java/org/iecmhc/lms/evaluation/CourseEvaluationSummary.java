package org.iecmhc.lms.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What faculty and administrators learn from a course's final evaluations: how many answered and, from
 * {@link #THRESHOLD} answers on, the group figures per question. Below that, a small group's figures would let a
 * reader guess who said what, so there are none; there are never individual answers.
 */
public final class CourseEvaluationSummary {

    public static final int THRESHOLD = 3;

    private final long answered;
    private final List<QuestionSummary> questions;

    private CourseEvaluationSummary(long answered, List<QuestionSummary> questions) {
        this.answered = answered;
        this.questions = questions;
    }

    static CourseEvaluationSummary of(long answered, List<SurveyQuestion> questions,
                                      Map<SurveyQuestion, List<Answer>> answers) {
        if (answered < THRESHOLD) {
            return new CourseEvaluationSummary(answered, List.of());
        }
        return new CourseEvaluationSummary(answered, questions.stream()
                .map(q -> QuestionSummary.of(q, answers.getOrDefault(q, List.of()))).toList());
    }

    public long getAnswered() {
        return answered;
    }

    public boolean isShown() {
        return answered >= THRESHOLD;
    }

    public List<QuestionSummary> getQuestions() {
        return questions;
    }
}
