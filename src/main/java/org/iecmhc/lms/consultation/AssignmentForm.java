package org.iecmhc.lms.consultation;

import org.iecmhc.lms.platform.time.PeriodInput;

/** The assignment's details as typed on its page, until they are saved. */
public class AssignmentForm extends AssignmentTerms {

    private PeriodInput period = new PeriodInput();
    private AssignmentStatus status = AssignmentStatus.OPEN;
    private Integer childrenBenefiting = 0;
    private Integer staffInfluenced = 0;
    private String actionPlan;

    static AssignmentForm of(ConsultationAssignment assignment) {
        AssignmentForm form = new AssignmentForm();
        form.fill(assignment);
        form.period = new PeriodInput(assignment.getStartOn(), assignment.getEndOn());
        form.status = assignment.getStatus();
        form.childrenBenefiting = assignment.getChildrenBenefiting();
        form.staffInfluenced = assignment.getStaffInfluenced();
        form.actionPlan = assignment.getActionPlan();
        return form;
    }

    AssignmentDetails details() {
        return new AssignmentDetails(getConsultantId(), providerId(), getLevel(), getModality(), period.getStart(),
                period.getEnd(), status, childrenBenefiting, staffInfluenced, actionPlan);
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
