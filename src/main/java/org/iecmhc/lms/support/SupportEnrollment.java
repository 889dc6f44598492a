package org.iecmhc.lms.support;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.survey.ProviderAnswer;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;

/**
 * A provider enrolled in a series, with their final survey: "was the series highly valuable?" (empty until they
 * answer) and any comment, quotable in reports only with the participant's recorded consent.
 */
@Entity
@Table(name = "support_enrollment")
@AttributeOverride(name = "survey.rating", column = @Column(name = "highly_valuable"))
public class SupportEnrollment extends ProviderAnswer {

    @ManyToOne(optional = false)
    private SupportSeries series;

    protected SupportEnrollment() {
    }

    SupportEnrollment(SupportSeries series, Provider provider) {
        super(provider);
        this.series = series;
    }

    void answerSurvey(SurveyAnswer survey) {
        answer(survey);
    }

    void answerImportedSurvey(SurveyAnswer imported) {
        answerImported(imported);
    }

    @Override
    public SurveyQuestion surveyQuestion() {
        return new SurveyQuestion(SupportSurveys.KIND, series.getTitle(), series.getStartsOn(), SupportLimits.COMMENTS);
    }

    @Override
    public String auditLabel() {
        return getProvider().getName() + " in series " + series.getId();
    }

    public SupportSeries getSeries() {
        return series;
    }
}
