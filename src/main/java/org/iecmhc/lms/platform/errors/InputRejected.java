package org.iecmhc.lms.platform.errors;

/**
 * Something a person typed that a rule refuses. Carries the form field it concerns and the message key to show
 * there, so the page can put the message next to the field and keep everything typed.
 */
public class InputRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InputRejected(String field, String messageKey) {
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
