package org.iecmhc.lms.consultation;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.privacy.ExportRecord;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/** The consultation assignments a consultant held, with what they wrote in them. */
@ApplicationScoped
public class ConsultationPersonalData extends ListedPersonalData<ConsultationAssignment> {

    public ConsultationPersonalData() {
        super("consultationAssignments", "select a from ConsultationAssignment a where a.consultant.id = :id"
                + " order by a.startOn, a.id", ConsultationAssignment.class);
    }

    @Override
    protected ExportRecord exported(ConsultationAssignment assignment) {
        return record().with("provider", assignment.getProvider().getName()).with("level", assignment.getLevel())
                .with("modality", assignment.getModality()).with("startOn", assignment.getStartOn())
                .with("endOn", assignment.getEndOn()).with("status", assignment.getStatus())
                .with("childrenBenefiting", assignment.getChildrenBenefiting())
                .with("staffInfluenced", assignment.getStaffInfluenced())
                .with("actionPlan", assignment.getActionPlan());
    }
}
