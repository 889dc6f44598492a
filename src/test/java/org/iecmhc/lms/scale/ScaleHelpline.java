package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.iecmhc.lms.helpline.CallerRole;
import org.iecmhc.lms.helpline.HelplineHours;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A million helpline calls spread evenly over the five fiscal years, in the order they came in, mostly in helpline
 * hours. About 300,000 caller keys, some calling often; one call in eight is anonymous.
 */
final class ScaleHelpline {

    private static final int CALLS = 1_000_000;
    private static final int CALLER_KEYS = 300_000;
    private static final String REFERRAL = "Local child care resource and referral agency";

    private final ScaleContext context;

    ScaleHelpline(ScaleContext context) {
        this.context = context;
    }

    void load() throws SQLException {
        context.log.begin("helpline");
        Random random = context.random("helpline");
        List<String> counties = ScaleProviders.counties(context);
        List<Long> topics = context.queryIds("select id from helpline_topic where active = true order by position");
        int count = context.settings.scaled(CALLS, 1_000);
        int keys = context.settings.scaled(CALLER_KEYS, 300);
        long days = ScaleContext.SERVICE_TO.toEpochDay() - ScaleContext.SERVICE_FROM.toEpochDay() + 1;
        try (BulkInsert calls = context.insert("helpline_call", "id", "received_at", "duration_minutes", "caller_role",
                "caller_key", "provider_id", "county_fips", "language", "consultation_recommended", "referrals",
                "follow_up_needed", "outside_hours");
             BulkInsert callTopics = context.insert("helpline_call_topic", "call_id", "topic_id").after(calls)) {
            for (int n = 0; n < count; n++) {
                long id = context.nextId("helpline_call");
                LocalDate day = ScaleContext.SERVICE_FROM.plusDays(n * days / count);
                LocalTime time = random.nextInt(10) == 0 ? LocalTime.ofSecondOfDay(random.nextInt(86_400))
                        : LocalTime.of(8, 0).plusSeconds(random.nextInt(9 * 3600));
                LocalDateTime received = PacificTime.toUtc(day.atTime(time));
                Long provider = random.nextInt(5) < 2 ? ScaleContext.pick(random, context.providers) : null;
                String county = provider != null ? context.providerCounty.get(provider) : ScaleContext.pick(random, counties);
                double skew = random.nextDouble();
                String callerKey = random.nextInt(8) == 0 ? null : String.format("caller-%06d", (int) (keys * skew * skew));
                int language = random.nextInt(20);
                calls.row(id, received, 3 + random.nextInt(random.nextInt(4) == 0 ? 58 : 20),
                        CallerRole.values()[random.nextInt(CallerRole.values().length)], callerKey, provider, county,
                        language < 13 ? ServiceLanguage.EN : language < 19 ? ServiceLanguage.ES : ServiceLanguage.OTHER,
                        random.nextInt(100) < 15, random.nextInt(5) == 0 ? REFERRAL : null, random.nextInt(10) == 0,
                        HelplineHours.isOutside(received));
                Set<Long> chosen = new LinkedHashSet<>();
                int topicCount = 1 + (random.nextInt(100) < 35 ? 1 : 0) + (random.nextInt(100) < 10 ? 1 : 0);
                while (chosen.size() < topicCount) {
                    chosen.add(ScaleContext.pick(random, topics));
                }
                for (long topic : chosen) {
                    callTopics.row(id, topic);
                }
                if ((n + 1) % 100_000 == 0) {
                    context.log.progress("helpline_call", n + 1, count);
                }
            }
        }
        context.log.end();
    }
}
