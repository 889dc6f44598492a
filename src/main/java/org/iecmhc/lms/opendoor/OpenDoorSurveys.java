package org.iecmhc.lms.opendoor;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.survey.RecordSurveys;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;

/** "Was the session worthwhile?", answered by each provider who came through their own link. */
@ApplicationScoped
public class OpenDoorSurveys extends RecordSurveys<OpenDoorAttendance> {

    static final String KIND = "opendoor";

    public OpenDoorSurveys() {
        super(KIND, OpenDoorAttendance.class, OpenDoorLimits.COMMENTS);
    }

    @Override
    protected SurveyQuestion questionOf(OpenDoorAttendance record) {
        return question(record.getSession());
    }

    @Override
    protected void keepOwn(OpenDoorAttendance record, SurveyAnswer given) {
        record.rateOwn(given);
    }

    static SurveyQuestion question(OpenDoorSession session) {
        return new SurveyQuestion(KIND, session.getTitle(), session.getHeldOn(), OpenDoorLimits.COMMENTS);
    }
}
