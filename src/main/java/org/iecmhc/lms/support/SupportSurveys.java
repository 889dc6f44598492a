package org.iecmhc.lms.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.survey.RecordSurveys;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;

/** The final survey of a series, "was it highly valuable?", answered by each enrolled provider through their own link. */
@ApplicationScoped
public class SupportSurveys extends RecordSurveys<SupportEnrollment> {

    static final String KIND = "support";

    public SupportSurveys() {
        super(KIND, SupportEnrollment.class, SupportLimits.COMMENTS);
    }

    @Override
    protected SurveyQuestion questionOf(SupportEnrollment record) {
        return question(record.getSeries());
    }

    @Override
    protected void keepOwn(SupportEnrollment record, SurveyAnswer given) {
        record.answerOwnSurvey(given);
    }

    static SurveyQuestion question(SupportSeries series) {
        return new SurveyQuestion(KIND, series.getTitle(), series.getStartsOn(), SupportLimits.COMMENTS);
    }
}
