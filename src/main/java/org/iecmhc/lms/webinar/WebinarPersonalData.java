package org.iecmhc.lms.webinar;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import org.iecmhc.lms.platform.privacy.ExportRecord;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/**
 * The webinars a consultant or administrator led, and the webinars a registrant (known by their address) joined; a
 * registrant's answer is exported and erased with their survey link, their name and address with their registration.
 */
@ApplicationScoped
public class WebinarPersonalData extends ListedPersonalData<Webinar> {

    public WebinarPersonalData() {
        super("webinarsFacilitated", "select w from Webinar w where w.facilitator.id = :id order by w.slot.startsAt",
                Webinar.class);
    }

    @Override
    protected ExportRecord exported(Webinar webinar) {
        return record().with("startsAt", webinar.getSlot().label()).with("title", webinar.getTitle())
                .with("topic", webinar.getTopic()).with("language", webinar.getLanguage());
    }

    @Override
    public JsonValue exportRegistrant(String email) {
        return list(em.createQuery("select a from WebinarAttendance a join fetch a.webinar where lower(a.registration.email)"
                                + " = :email order by a.webinar.slot.startsAt", WebinarAttendance.class)
                        .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultList(),
                a -> record().with("startsAt", a.getWebinar().getSlot().label()).with("title", a.getWebinar().getTitle())
                        .with("attended", true).build());
    }
}
