package org.iecmhc.lms.consultation;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * A consultant assigned to a child care program or provider for intensive consultation. Children are counted,
 * never identified; the survey holds the provider's answer at closing.
 */
@Entity
@Table(name = "consultation_assignment")
public class ConsultationAssignment extends AuditedRecord {

    @ManyToOne(optional = false)
    private Account consultant;

    @ManyToOne(optional = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    private ConsultationLevel level;

    @Enumerated(EnumType.STRING)
    private Modality modality;

    private LocalDate startOn;

    private LocalDate endOn;

    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;

    private int childrenBenefiting;

    private int staffInfluenced;

    @AuditHidden
    private String actionPlan;

    @Embedded
    @AttributeOverride(name = "rating", column = @Column(name = "worthwhile"))
    @AttributeOverride(name = "comments", column = @Column(name = "survey_comments"))
    private SurveyAnswer survey = SurveyAnswer.none();

    protected ConsultationAssignment() {
    }

    ConsultationAssignment(Account consultant, Provider provider, AssignmentDetails details) {
        describe(consultant, provider, details);
    }

    void describe(Account consultant, Provider provider, AssignmentDetails details) {
        this.consultant = consultant;
        this.provider = provider;
        level = details.level();
        modality = details.modality();
        startOn = details.startOn();
        endOn = details.endOn();
        status = details.status();
        childrenBenefiting = details.childrenBenefiting();
        staffInfluenced = details.staffInfluenced();
        actionPlan = TypedText.trimmedOrNull(details.actionPlan());
    }

    void close(LocalDate endOn, SurveyAnswer survey) {
        this.endOn = endOn;
        status = AssignmentStatus.CLOSED;
        this.survey = survey.enteredByStaffOver(this.survey);
    }

    /** A closing brought in from history, with the provider's answer from the form of the time: theirs, not staff's. */
    void closeImported(LocalDate endOn, SurveyAnswer imported) {
        this.endOn = endOn;
        status = AssignmentStatus.CLOSED;
        survey = imported.importedFromHistory();
    }

    /** The provider's answer through their own link, in place of any that staff typed. */
    void answerOwn(SurveyAnswer given) {
        survey = given.givenByParticipant();
    }

    @Override
    public String auditLabel() {
        return "consultation of " + provider.getName() + " by " + consultant.getEmail();
    }

    public Account getConsultant() {
        return consultant;
    }

    public Provider getProvider() {
        return provider;
    }

    public ConsultationLevel getLevel() {
        return level;
    }

    public Modality getModality() {
        return modality;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public int getChildrenBenefiting() {
        return childrenBenefiting;
    }

    public int getStaffInfluenced() {
        return staffInfluenced;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    /** The provider's answer at closing to "was consultation worthwhile?". */
    public SurveyAnswer getSurvey() {
        return survey;
    }
}
