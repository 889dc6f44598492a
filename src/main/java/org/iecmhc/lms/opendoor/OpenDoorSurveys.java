package org.iecmhc.lms.opendoor;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;
import org.iecmhc.lms.survey.SurveyTarget;

/** "Was the session worthwhile?", answered by each provider who came through their own link. */
@ApplicationScoped
public class OpenDoorSurveys implements SurveyTarget {

    static final String KIND = "opendoor";

    @Inject
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SurveyQuestion> question(long attendanceId) {
        return Optional.ofNullable(em.find(OpenDoorAttendance.class, attendanceId)).map(a -> question(a.getSession()));
    }

    @Override
    @Transactional
    public void answer(long attendanceId, SurveyAnswer given) {
        given.check(OpenDoorLimits.COMMENTS, "comments", "opendoor.comments.tooLong");
        em.find(OpenDoorAttendance.class, attendanceId).rateOwn(given);
    }

    @Override
    public Optional<SurveyAnswer> given(long recordId) {
        return Optional.ofNullable(em.find(OpenDoorAttendance.class, recordId)).map(OpenDoorAttendance::getSurvey);
    }

    static SurveyQuestion question(OpenDoorSession session) {
        return new SurveyQuestion(KIND, session.getTitle(), session.getHeldOn(), OpenDoorLimits.COMMENTS);
    }
}
