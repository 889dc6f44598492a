package org.iecmhc.lms.cohort;

/**
 * A change to a cohort, an enrollment or a profile that cannot be made as asked. Carries the form field it concerns
 * and the message key to show there, so the page can put the message next to the field and keep what was typed.
 */
public class CohortRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CohortRejected(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
