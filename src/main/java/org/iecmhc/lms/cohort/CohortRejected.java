package org.iecmhc.lms.cohort;

import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * A change to a cohort, an enrollment or a profile that cannot be made as asked. Carries the form field it concerns
 * and the message key to show there, so the page can put the message next to the field and keep what was typed.
 */
public class CohortRejected extends InputRejected {

    public CohortRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
