package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.iecmhc.lms.provider.ServiceLanguage;

/** A monthly Open-Door session since July 2021, alternately in English and Spanish, with 2,000 attendances in all. */
final class ScaleOpenDoor {

    private static final List<String> TOPICS = List.of("Biting in the toddler room", "Transitions and routines",
            "Talking with families", "Staff wellness", "Big feelings", "Sleep at nap time");

    private final ScaleContext context;

    ScaleOpenDoor(ScaleContext context) {
        this.context = context;
    }

    void load() throws SQLException {
        context.log.begin("open door");
        Random random = context.random("open door");
        List<LocalDate> held = new ArrayList<>();
        for (LocalDate day = ScaleContext.SERVICE_FROM.withDayOfMonth(10); !day.isAfter(ScaleContext.TODAY);
             day = day.plusMonths(1)) {
            held.add(day);
        }
        int attendances = context.settings.scaled(2_000, 20);
        try (BulkInsert sessions = context.insert("open_door_session", "id", "held_on", "title", "language",
                "facilitator_id");
             BulkInsert attendance = context.insert("open_door_attendance", "id", "session_id", "provider_id",
                     "worthwhile", "comments", "consent_to_quote", "quotable").after(sessions)) {
            for (int s = 0; s < held.size(); s++) {
                long session = context.nextId("open_door_session");
                sessions.row(session, held.get(s), "Open Door: " + TOPICS.get(s % TOPICS.size()),
                        s % 2 == 0 ? ServiceLanguage.EN : ServiceLanguage.ES, ScaleContext.pick(random, context.consultants));
                int here = attendances / held.size() + (s < attendances % held.size() ? 1 : 0);
                Set<Long> providers = new LinkedHashSet<>();
                while (providers.size() < here) {
                    providers.add(ScaleContext.pick(random, context.providers));
                }
                for (long provider : providers) {
                    int answer = random.nextInt(10);
                    boolean commented = random.nextInt(5) == 0;
                    boolean consent = commented && random.nextInt(3) == 0;
                    attendance.row(context.nextId("open_door_attendance"), session, provider,
                            answer < 7 ? Boolean.TRUE : answer < 8 ? Boolean.FALSE : null,
                            commented ? "It helped to hear how other programs handle this." : null, consent,
                            consent && random.nextBoolean());
                }
            }
        }
        context.log.end();
    }
}
