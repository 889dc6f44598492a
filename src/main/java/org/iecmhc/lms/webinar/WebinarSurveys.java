package org.iecmhc.lms.webinar;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;
import org.iecmhc.lms.survey.SurveyTarget;

/** "Was the webinar worthwhile?", answered by each registrant who joined through their own link. */
@ApplicationScoped
public class WebinarSurveys implements SurveyTarget {

    static final String KIND = "webinar";

    @Inject
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SurveyQuestion> question(long attendanceId) {
        return Optional.ofNullable(em.find(WebinarAttendance.class, attendanceId)).map(a -> question(a.getWebinar()));
    }

    @Override
    @Transactional
    public void answer(long attendanceId, SurveyAnswer given) {
        given.check(WebinarLimits.COMMENTS, "comments", "webinar.comments.tooLong");
        em.find(WebinarAttendance.class, attendanceId).answerOwn(given);
    }

    @Override
    public Optional<SurveyAnswer> given(long recordId) {
        return Optional.ofNullable(em.find(WebinarAttendance.class, recordId)).map(WebinarAttendance::getSurvey);
    }

    static SurveyQuestion question(Webinar webinar) {
        return new SurveyQuestion(KIND, webinar.getTitle(), webinar.getSlot().getStartsAtPacific().toLocalDate(),
                WebinarLimits.COMMENTS);
    }
}
