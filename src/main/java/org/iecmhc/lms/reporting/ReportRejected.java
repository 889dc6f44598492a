package org.iecmhc.lms.reporting;

import org.iecmhc.lms.platform.errors.InputRejected;

/** A report asked for with a range or a cohort that does not exist. */
public class ReportRejected extends InputRejected {

    public ReportRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
