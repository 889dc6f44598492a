package org.iecmhc.lms.opendoor;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** The Open-Door sessions a consultant facilitated; participants are providers, not accounts. */
@ApplicationScoped
public class OpenDoorPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "openDoorSessionsFacilitated";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return list(person.records(em, "select s from OpenDoorSession s where s.facilitator.id = :id order by s.heldOn",
                        OpenDoorSession.class),
                s -> record().with("heldOn", s.getHeldOn()).with("title", s.getTitle())
                        .with("language", s.getLanguage()).build());
    }
}
