package org.iecmhc.lms.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.survey.RecordSurveys;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;

/** "Was the webinar worthwhile?", answered by each registrant who joined through their own link. */
@ApplicationScoped
public class WebinarSurveys extends RecordSurveys<WebinarAttendance> {

    static final String KIND = "webinar";

    public WebinarSurveys() {
        super(KIND, WebinarAttendance.class, WebinarLimits.COMMENTS);
    }

    @Override
    protected SurveyQuestion questionOf(WebinarAttendance record) {
        return question(record.getWebinar());
    }

    @Override
    protected void keepOwn(WebinarAttendance record, SurveyAnswer given) {
        record.answerOwn(given);
    }

    static SurveyQuestion question(Webinar webinar) {
        return new SurveyQuestion(KIND, webinar.getTitle(), webinar.getSlot().getStartsAtPacific().toLocalDate(),
                WebinarLimits.COMMENTS);
    }
}
