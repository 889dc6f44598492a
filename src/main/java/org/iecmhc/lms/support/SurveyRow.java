package org.iecmhc.lms.support;

import org.iecmhc.lms.survey.ProviderAnswerRow;

/** An enrolled provider's line in the final survey table; the enrollment's version guards against a stale save. */
public class SurveyRow extends ProviderAnswerRow {

    private long version;

    SurveyRow(SupportEnrollment enrollment) {
        super(enrollment.getId(), enrollment.getProvider(), enrollment.getSurvey());
        version = enrollment.getVersion();
    }

    void saved(SupportEnrollment enrollment) {
        version = enrollment.getVersion();
    }

    long getVersion() {
        return version;
    }
}
