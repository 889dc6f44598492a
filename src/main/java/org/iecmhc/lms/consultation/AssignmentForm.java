package org.iecmhc.lms.consultation;

import java.io.Serializable;

import org.iecmhc.lms.platform.time.PeriodInput;
import org.iecmhc.lms.provider.Provider;

/** The assignment's details as typed on its page, until they are saved. */
public class AssignmentForm implements Serializable {

    private Long consultantId;
    private Provider provider;
    private ConsultationLevel level;
    private Modality modality;
    private PeriodInput period = new PeriodInput();
    private AssignmentStatus status = AssignmentStatus.OPEN;
    private Integer childrenBenefiting = 0;
    private Integer staffInfluenced = 0;
    private String actionPlan;

    static AssignmentForm of(ConsultationAssignment assignment) {
        AssignmentForm form = new AssignmentForm();
        form.consultantId = assignment.getConsultant().getId();
        form.provider = assignment.getProvider();
        form.level = assignment.getLevel();
        form.modality = assignment.getModality();
        form.period = new PeriodInput(assignment.getStartOn(), assignment.getEndOn());
        form.status = assignment.getStatus();
        form.childrenBenefiting = assignment.getChildrenBenefiting();
        form.staffInfluenced = assignment.getStaffInfluenced();
        form.actionPlan = assignment.getActionPlan();
        return form;
    }

    AssignmentDetails details() {
        return new AssignmentDetails(consultantId, provider == null ? null : provider.getId(), level, modality,
                period.getStart(), period.getEnd(), status, childrenBenefiting, staffInfluenced, actionPlan);
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public void setConsultantId(Long consultantId) {
        this.consultantId = consultantId;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public ConsultationLevel getLevel() {
        return level;
    }

    public void setLevel(ConsultationLevel level) {
        this.level = level;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public PeriodInput getPeriod() {
        return period;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssignmentStatus status) {
        this.status = status;
    }

    public Integer getChildrenBenefiting() {
        return childrenBenefiting;
    }

    public void setChildrenBenefiting(Integer childrenBenefiting) {
        this.childrenBenefiting = childrenBenefiting;
    }

    public Integer getStaffInfluenced() {
        return staffInfluenced;
    }

    public void setStaffInfluenced(Integer staffInfluenced) {
        this.staffInfluenced = staffInfluenced;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    public void setActionPlan(String actionPlan) {
        this.actionPlan = actionPlan;
    }
}
