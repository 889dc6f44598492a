package org.iecmhc.lms.identity;

/**
 * A change to an account that cannot be made as asked. Carries the form field it concerns and the message key
 * to show there, so the page can put the message next to the field and keep what was typed.
 */
public class AccountRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRejected(String field, String messageKey) {
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
