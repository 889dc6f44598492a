package org.iecmhc.lms.opendoor;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.privacy.ExportRecord;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/** The Open-Door sessions a consultant facilitated; participants are providers, not accounts. */
@ApplicationScoped
public class OpenDoorPersonalData extends ListedPersonalData<OpenDoorSession> {

    public OpenDoorPersonalData() {
        super("openDoorSessionsFacilitated",
                "select s from OpenDoorSession s where s.facilitator.id = :id order by s.heldOn",
                OpenDoorSession.class);
    }

    @Override
    protected ExportRecord exported(OpenDoorSession session) {
        return record().with("heldOn", session.getHeldOn()).with("title", session.getTitle())
                .with("language", session.getLanguage());
    }
}
