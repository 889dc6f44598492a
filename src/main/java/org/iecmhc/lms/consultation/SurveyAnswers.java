package org.iecmhc.lms.consultation;

/** The provider's satisfaction survey at closing; a comment is quotable only with the provider's consent. */
public record SurveyAnswers(Boolean worthwhile, String comments, boolean consentToQuote, boolean quotable) {
}
