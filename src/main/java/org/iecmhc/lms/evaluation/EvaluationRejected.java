package org.iecmhc.lms.evaluation;

import org.iecmhc.lms.platform.errors.InputRejected;

/** A template, course evaluation or competency evaluation that cannot be saved as asked, with the field concerned. */
public class EvaluationRejected extends InputRejected {

    public EvaluationRejected(String field, String messageKey) {
        super(field, messageKey);
    }
}
