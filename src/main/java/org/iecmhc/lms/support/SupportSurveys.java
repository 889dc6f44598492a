package org.iecmhc.lms.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.survey.RecordSurveys;

/** The final survey of a series, "was it highly valuable?", answered by each enrolled provider through their own link. */
@ApplicationScoped
public class SupportSurveys extends RecordSurveys<SupportEnrollment> {

    static final String KIND = "support";

    public SupportSurveys() {
        super(KIND, SupportEnrollment.class, SupportLimits.COMMENTS);
    }
}
