package org.iecmhc.lms.evaluation;

/** What was answered to one question: the field of its kind is set, or none when an optional question is skipped. */
public record Answer(Integer likert, Boolean yesNo, String text) {

    static final Answer NONE = new Answer(null, null, null);

    public boolean isEmpty() {
        return likert == null && yesNo == null && (text == null || text.isBlank());
    }
}
