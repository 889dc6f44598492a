package org.iecmhc.lms.webinar;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** The webinars a consultant or administrator led; registrants have no account, so no one else's data is here. */
@ApplicationScoped
public class WebinarPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "webinarsFacilitated";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return list(em.createQuery("select w from Webinar w where w.facilitator.id = :id order by w.slot.startsAt",
                        Webinar.class).setParameter("id", person.accountId()).getResultList(),
                w -> record().with("startsAt", w.getSlot().label()).with("title", w.getTitle())
                        .with("topic", w.getTopic()).with("language", w.getLanguage()).build());
    }
}
