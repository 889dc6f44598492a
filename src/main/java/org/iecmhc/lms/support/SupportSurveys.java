package org.iecmhc.lms.support;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;
import org.iecmhc.lms.survey.SurveyTarget;

/** The final survey of a series, "was it highly valuable?", answered by each enrolled provider through their own link. */
@ApplicationScoped
public class SupportSurveys implements SurveyTarget {

    static final String KIND = "support";

    @Inject
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SurveyQuestion> question(long enrollmentId) {
        return Optional.ofNullable(em.find(SupportEnrollment.class, enrollmentId)).map(e -> question(e.getSeries()));
    }

    @Override
    @Transactional
    public void answer(long enrollmentId, SurveyAnswer given) {
        given.check(SupportLimits.COMMENTS, "comments", "support.comments.tooLong");
        em.find(SupportEnrollment.class, enrollmentId).answerOwnSurvey(given);
    }

    @Override
    public Optional<SurveyAnswer> given(long recordId) {
        return Optional.ofNullable(em.find(SupportEnrollment.class, recordId)).map(SupportEnrollment::getSurvey);
    }

    static SurveyQuestion question(SupportSeries series) {
        return new SurveyQuestion(KIND, series.getTitle(), series.getStartsOn(), SupportLimits.COMMENTS);
    }
}
