package org.iecmhc.lms.calendar;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * Whether the person has a calendar feed and since when; never the token, which is a working address to their
 * calendar and an export is made and read by an administrator. The meetings in the feed are the other features'.
 */
@ApplicationScoped
public class CalendarPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "calendarFeed";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return feeds(person).stream().findFirst()
                .map(feed -> (JsonValue) record().with("exists", true).with("createdAtUtc", feed.getCreatedAt()).build())
                .orElseGet(() -> record().with("exists", false).build());
    }

    /** The feed is deleted: its address stops working, and nothing is counted from it. */
    @Override
    public void anonymise(DataSubject person) {
        feeds(person).forEach(em::remove);
    }

    private List<CalendarFeed> feeds(DataSubject person) {
        return person.records(em, "select f from CalendarFeed f where f.account.id = :id", CalendarFeed.class);
    }
}
