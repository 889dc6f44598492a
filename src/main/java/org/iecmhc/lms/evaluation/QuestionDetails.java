package org.iecmhc.lms.evaluation;

/** A question as an administrator types it. */
public record QuestionDetails(QuestionKind kind, String textEn, String textEs, boolean required) {
}
