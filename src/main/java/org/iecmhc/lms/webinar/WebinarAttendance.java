package org.iecmhc.lms.webinar;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.offering.Registration;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyQuestion;
import org.iecmhc.lms.survey.SurveyedRecord;

/**
 * A registrant who joined a webinar, with their own answer to "was it worthwhile?" (empty until they answer through
 * their survey link). Registrants need not be in the provider registry, so this names their registration.
 */
@Entity
@Table(name = "webinar_attendance")
public class WebinarAttendance extends AuditedRecord implements SurveyedRecord {

    @ManyToOne(optional = false)
    private Webinar webinar;

    @ManyToOne(optional = false)
    private Registration registration;

    @Embedded
    @AttributeOverride(name = "rating", column = @Column(name = "worthwhile"))
    private SurveyAnswer survey = SurveyAnswer.none();

    protected WebinarAttendance() {
    }

    WebinarAttendance(Webinar webinar, Registration registration) {
        this.webinar = webinar;
        this.registration = registration;
    }

    @Override
    public void answerOwn(SurveyAnswer given) {
        survey = given.givenByParticipant();
    }

    @Override
    public SurveyQuestion surveyQuestion() {
        return new SurveyQuestion(WebinarSurveys.KIND, webinar.getTitle(),
                webinar.getSlot().getStartsAtPacific().toLocalDate(), WebinarLimits.COMMENTS);
    }

    @Override
    public String auditLabel() {
        return "registration " + registration.getId() + " at webinar " + webinar.getId();
    }

    public Webinar getWebinar() {
        return webinar;
    }

    public Registration getRegistration() {
        return registration;
    }

    @Override
    public SurveyAnswer getSurvey() {
        return survey;
    }
}
