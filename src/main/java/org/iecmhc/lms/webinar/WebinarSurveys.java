package org.iecmhc.lms.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.survey.RecordSurveys;

/** "Was the webinar worthwhile?", answered by each registrant who joined through their own link. */
@ApplicationScoped
public class WebinarSurveys extends RecordSurveys<WebinarAttendance> {

    static final String KIND = "webinar";

    public WebinarSurveys() {
        super(KIND, WebinarAttendance.class, WebinarLimits.COMMENTS);
    }
}
