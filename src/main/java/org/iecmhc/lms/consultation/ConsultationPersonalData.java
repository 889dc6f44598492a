package org.iecmhc.lms.consultation;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** The consultation assignments a consultant held, with what they wrote in them. */
@ApplicationScoped
public class ConsultationPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "consultationAssignments";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return list(person.records(em, "select a from ConsultationAssignment a where a.consultant.id = :id"
                        + " order by a.startOn, a.id", ConsultationAssignment.class),
                a -> record().with("provider", a.getProvider().getName()).with("level", a.getLevel())
                        .with("modality", a.getModality()).with("startOn", a.getStartOn()).with("endOn", a.getEndOn())
                        .with("status", a.getStatus()).with("childrenBenefiting", a.getChildrenBenefiting())
                        .with("staffInfluenced", a.getStaffInfluenced()).with("actionPlan", a.getActionPlan())
                        .build());
    }
}
