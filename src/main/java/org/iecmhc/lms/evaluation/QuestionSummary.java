package org.iecmhc.lms.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The group figures of one question: for a Likert question how many answered, the mean and how many gave each
 * rating; for a yes/no question the share of each; for a text question the comments, in alphabetical order so that
 * their order tells nothing about who wrote them.
 */
public record QuestionSummary(SurveyQuestion question, int count, Double mean, List<Integer> distribution,
                              Integer yesPercent, Integer noPercent, List<String> comments) {

    static QuestionSummary of(SurveyQuestion question, List<Answer> answers) {
        return switch (question.getKind()) {
            case LIKERT -> likert(question, answers.stream().map(Answer::likert).filter(Objects::nonNull).toList());
            case YES_NO -> yesNo(question, answers.stream().map(Answer::yesNo).filter(Objects::nonNull).toList());
            case TEXT -> {
                List<String> comments = answers.stream().map(Answer::text).filter(t -> t != null && !t.isBlank())
                        .map(String::trim).sorted(Comparator.comparing(t -> t.toLowerCase(Locale.ROOT))).toList();
                yield new QuestionSummary(question, comments.size(), null, List.of(), null, null, comments);
            }
        };
    }

    private static QuestionSummary likert(SurveyQuestion question, List<Integer> ratings) {
        int[] counts = new int[QuestionKind.LIKERT_MAX];
        ratings.forEach(r -> counts[r - QuestionKind.LIKERT_MIN]++);
        Double mean = ratings.isEmpty() ? null
                : Math.round(ratings.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100) / 100.0;
        return new QuestionSummary(question, ratings.size(), mean, Arrays.stream(counts).boxed().toList(), null, null,
                List.of());
    }

    private static QuestionSummary yesNo(SurveyQuestion question, List<Boolean> answers) {
        if (answers.isEmpty()) {
            return new QuestionSummary(question, 0, null, List.of(), null, null, List.of());
        }
        long yes = answers.stream().filter(Boolean::booleanValue).count();
        int yesPercent = (int) Math.round(100.0 * yes / answers.size());
        // the shares add up to 100 even when both are rounded (1 of 3: 33 and 67)
        return new QuestionSummary(question, answers.size(), null, List.of(), yesPercent, 100 - yesPercent, List.of());
    }

    /** The number who gave this rating (1 to 5). */
    public int countOf(int rating) {
        return distribution.isEmpty() ? 0 : distribution.get(rating - QuestionKind.LIKERT_MIN);
    }
}
