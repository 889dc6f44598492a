package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Forty Community of Support series over the five years, six weekly evening sessions each with twelve enrolled
 * providers; attendance is taken for the sessions held, and finished series have their final survey.
 */
final class ScaleSupport {

    private static final int SESSIONS = 6;
    private static final int ENROLLED = 12;

    private final ScaleContext context;

    ScaleSupport(ScaleContext context) {
        this.context = context;
    }

    void load() throws SQLException {
        context.log.begin("community of support");
        Random random = context.random("community of support");
        int count = context.settings.scaled(40, 2);
        LocalDate lastStart = ScaleContext.TODAY.minusWeeks(3);
        long span = lastStart.toEpochDay() - ScaleContext.SERVICE_FROM.toEpochDay();
        try (BulkInsert series = context.insert("support_series", "id", "title", "language", "facilitator_id", "starts_on");
             BulkInsert sessions = context.insert("support_session", "id", "series_id", "starts_at", "duration_minutes")
                     .after(series);
             BulkInsert enrollments = context.insert("support_enrollment", "id", "series_id", "provider_id",
                     "highly_valuable", "comments", "consent_to_quote", "quotable").after(series);
             BulkInsert attendance = context.insert("support_attendance", "id", "session_id", "enrollment_id")
                     .after(sessions, enrollments)) {
            for (int s = 0; s < count; s++) {
                long id = context.nextId("support_series");
                LocalDate starts = ScaleContext.SERVICE_FROM.plusDays(span * s / Math.max(1, count - 1));
                boolean spanish = s % 3 == 1;
                series.row(id, (spanish ? "Comunidad de apoyo " : "Community of Support ") + (s + 1),
                        spanish ? ServiceLanguage.ES : ServiceLanguage.EN, ScaleContext.pick(random, context.consultants),
                        starts);
                List<Long> sessionIds = new ArrayList<>();
                List<Boolean> held = new ArrayList<>();
                for (int w = 0; w < SESSIONS; w++) {
                    long session = context.nextId("support_session");
                    LocalDate day = starts.plusWeeks(w);
                    LocalDateTime startsAt = PacificTime.toUtc(day.atTime(18, 30));
                    sessions.row(session, id, startsAt, 90);
                    sessionIds.add(session);
                    held.add(day.isBefore(ScaleContext.TODAY));
                }
                boolean finished = held.get(SESSIONS - 1);
                Set<Long> providers = new LinkedHashSet<>();
                while (providers.size() < ENROLLED) {
                    providers.add(ScaleContext.pick(random, context.providers));
                }
                for (long provider : providers) {
                    long enrollment = context.nextId("support_enrollment");
                    int answer = random.nextInt(20);
                    boolean commented = finished && random.nextInt(4) == 0;
                    boolean consent = commented && random.nextBoolean();
                    enrollments.row(enrollment, id, provider,
                            !finished || answer >= 18 ? null : answer < 15 ? Boolean.TRUE : Boolean.FALSE,
                            commented ? "The group gave me ideas I used the next day." : null, consent,
                            consent && random.nextBoolean());
                    for (int w = 0; w < SESSIONS; w++) {
                        if (held.get(w) && random.nextInt(5) != 0) {
                            attendance.row(context.nextId("support_attendance"), sessionIds.get(w), enrollment);
                        }
                    }
                }
            }
        }
        context.log.end();
    }
}
