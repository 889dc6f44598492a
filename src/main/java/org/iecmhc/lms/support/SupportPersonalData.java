package org.iecmhc.lms.support;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** The Community of Support series a consultant facilitated; participants are providers, not accounts. */
@ApplicationScoped
public class SupportPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "supportSeriesFacilitated";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return list(person.records(em, "select s from SupportSeries s where s.facilitator.id = :id order by s.startsOn",
                        SupportSeries.class),
                s -> record().with("title", s.getTitle()).with("language", s.getLanguage())
                        .with("startsOn", s.getStartsOn()).build());
    }
}
