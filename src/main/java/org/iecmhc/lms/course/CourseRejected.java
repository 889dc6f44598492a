package org.iecmhc.lms.course;

import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * A course, assignment, submission or grade that cannot be saved as asked. Carries the form field it concerns
 * and the message key to show there, so the page keeps what was typed and says why next to the field.
 */
public class CourseRejected extends InputRejected {

    public CourseRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
