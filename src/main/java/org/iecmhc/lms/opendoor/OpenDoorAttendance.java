package org.iecmhc.lms.opendoor;

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
 * A provider who came to a session, with their answer to "was it worthwhile?" (empty until they answer) and any
 * comment; a comment is quotable in reports only with the participant's recorded consent.
 */
@Entity
@Table(name = "open_door_attendance")
public class OpenDoorAttendance extends AuditedRecord {

    @ManyToOne(optional = false)
    private OpenDoorSession session;

    @ManyToOne(optional = false)
    private Provider provider;

    @Embedded
    @AttributeOverride(name = "rating", column = @Column(name = "worthwhile"))
    private SurveyAnswer survey = SurveyAnswer.none();

    protected OpenDoorAttendance() {
    }

    OpenDoorAttendance(OpenDoorSession session, Provider provider) {
        this.session = session;
        this.provider = provider;
    }

    void rate(SurveyAnswer survey) {
        this.survey = survey;
    }

    @Override
    public String auditLabel() {
        return provider.getName() + " at session " + session.getId();
    }

    public OpenDoorSession getSession() {
        return session;
    }

    public Provider getProvider() {
        return provider;
    }

    /** The answer to "was it worthwhile?". */
    public SurveyAnswer getSurvey() {
        return survey;
    }
}
