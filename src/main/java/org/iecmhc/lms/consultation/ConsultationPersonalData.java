package org.iecmhc.lms.consultation;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/** The consultation assignments a consultant held, with what they wrote in them. */
@ApplicationScoped
public class ConsultationPersonalData extends ListedPersonalData<ConsultationAssignment> {

    public ConsultationPersonalData() {
        super("consultationAssignments", "select a from ConsultationAssignment a where a.consultant.id = :id"
                        + " order by a.startOn, a.id", ConsultationAssignment.class,
                a -> record().with("provider", a.getProvider().getName()).with("level", a.getLevel())
                        .with("modality", a.getModality()).with("startOn", a.getStartOn()).with("endOn", a.getEndOn())
                        .with("status", a.getStatus()).with("childrenBenefiting", a.getChildrenBenefiting())
                        .with("staffInfluenced", a.getStaffInfluenced()).with("actionPlan", a.getActionPlan()));
    }
}
