package org.iecmhc.lms.opendoor;

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
 * A provider who came to a session, with their answer to "was it worthwhile?" (empty until they answer) and any
 * comment; a comment is quotable in reports only with the participant's recorded consent.
 */
@Entity
@Table(name = "open_door_attendance")
@AttributeOverride(name = "survey.rating", column = @Column(name = "worthwhile"))
public class OpenDoorAttendance extends ProviderAnswer {

    @ManyToOne(optional = false)
    private OpenDoorSession session;

    protected OpenDoorAttendance() {
    }

    OpenDoorAttendance(OpenDoorSession session, Provider provider) {
        super(provider);
        this.session = session;
    }

    void rate(SurveyAnswer survey) {
        answer(survey);
    }

    void rateImported(SurveyAnswer imported) {
        answerImported(imported);
    }

    @Override
    public SurveyQuestion surveyQuestion() {
        return new SurveyQuestion(OpenDoorSurveys.KIND, session.getTitle(), session.getHeldOn(), OpenDoorLimits.COMMENTS);
    }

    @Override
    public String auditLabel() {
        return getProvider().getName() + " at session " + session.getId();
    }

    public OpenDoorSession getSession() {
        return session;
    }
}
