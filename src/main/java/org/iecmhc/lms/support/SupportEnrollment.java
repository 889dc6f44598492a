package org.iecmhc.lms.support;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * A provider enrolled in a series, with their final survey: "was the series highly valuable?" (empty until they
 * answer) and any comment, quotable in reports only with the participant's recorded consent.
 */
@Entity
@Table(name = "support_enrollment")
public class SupportEnrollment extends AuditedRecord {

    @ManyToOne(optional = false)
    private SupportSeries series;

    @ManyToOne(optional = false)
    private Provider provider;

    @Embedded
    @AttributeOverride(name = "rating", column = @Column(name = "highly_valuable"))
    private SurveyAnswer survey = SurveyAnswer.none();

    protected SupportEnrollment() {
    }

    SupportEnrollment(SupportSeries series, Provider provider) {
        this.series = series;
        this.provider = provider;
    }

    void answerSurvey(SurveyAnswer survey) {
        this.survey = survey;
    }

    @Override
    public String auditLabel() {
        return provider.getName() + " in series " + series.getId();
    }

    public SupportSeries getSeries() {
        return series;
    }

    public Provider getProvider() {
        return provider;
    }

    /** The answer to "was the series highly valuable?". */
    public SurveyAnswer getSurvey() {
        return survey;
    }
}
