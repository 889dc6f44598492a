package org.iecmhc.lms.practicum;

import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * A placement, log entry or review that cannot be saved as asked, with the form field it concerns; also what a
 * person gets for a record that is not theirs, so that guessing ids reveals nothing.
 */
public class PracticumRejected extends InputRejected {

    public PracticumRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
