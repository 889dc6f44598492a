package org.iecmhc.lms.course;

/**
 * A course, assignment, submission or grade that cannot be saved as asked. Carries the form field it concerns
 * and the message key to show there, so the page keeps what was typed and says why next to the field.
 */
public class CourseRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CourseRejected(String field, String messageKey) {
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
