package org.iecmhc.lms.support;

import java.io.Serializable;

import org.iecmhc.lms.survey.SurveyAnswerForm;

/** An enrolled provider's line in the final survey table, editable on the page before it is saved. */
public class SurveyRow implements Serializable {

    private final long enrollmentId;
    private long version;
    private final String providerName;
    private final String countyName;
    private final SurveyAnswerForm survey;

    SurveyRow(SupportEnrollment enrollment) {
        enrollmentId = enrollment.getId();
        version = enrollment.getVersion();
        providerName = enrollment.getProvider().getName();
        countyName = enrollment.getProvider().getCounty().getName();
        survey = SurveyAnswerForm.of(enrollment.getSurvey());
    }

    void saved(SupportEnrollment enrollment) {
        version = enrollment.getVersion();
    }

    long getVersion() {
        return version;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getCountyName() {
        return countyName;
    }

    public SurveyAnswerForm getSurvey() {
        return survey;
    }
}
