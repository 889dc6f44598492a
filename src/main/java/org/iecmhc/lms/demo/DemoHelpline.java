package org.iecmhc.lms.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.helpline.CallFilter;
import org.iecmhc.lms.helpline.HelplineCalls;
import org.iecmhc.lms.helpline.HelplineImport;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * With {@code lms.demo=true}, a year of helpline calls on weekdays, mostly in helpline hours, written as an import
 * file so that the demo goes through the same checks as real historic data.
 */
@ApplicationScoped
public class DemoHelpline {

    private static final Logger LOG = Logger.getLogger(DemoHelpline.class.getName());
    private static final String[] COUNTIES = {"Los Angeles", "Fresno", "San Diego", "Alameda", "Kern", "Riverside",
            "Sacramento", "Monterey", "Humboldt", "Merced", "San Bernardino", "Tulare"};
    private static final String[] ROLES = {"CENTER_STAFF", "CENTER_STAFF", "FCC_PROVIDER", "FCC_PROVIDER", "FFN_CAREGIVER", "OTHER"};
    private static final String[] TOPICS = {"CHALLENGING_BEHAVIOR", "SEPARATION", "BITING", "TOILETING", "SLEEP",
            "STAFF_WELLNESS", "FAMILY_COMMUNICATION", "TRAUMA", "DEVELOPMENT_CONCERNS"};

    @Inject
    DemoSwitch demo;

    @Inject
    HelplineCalls calls;

    @Inject
    HelplineImport importer;



    void onDatabaseReady(@Observes @Priority(130) DatabaseReady ready) {
        if (!demo.isOn() || calls.count(CallFilter.everything()) > 0) {
            return;
        }
        Random random = new Random(2024);
        StringBuilder csv = new StringBuilder("received_at,duration_minutes,caller_role,caller_key,county,language,topics,"
                + "consultation_recommended\n");
        LocalDate today = PacificTime.today(demo.clock());
        LocalDate day = today.minusYears(1);
        int count = 0;
        for (; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                LocalDateTime at = day.atTime(8 + random.nextInt(10), random.nextInt(60));
                String key = random.nextInt(3) == 0 ? "" : "demo-caller-" + random.nextInt(120);
                csv.append(at).append(',').append(3 + random.nextInt(55)).append(',')
                        .append(ROLES[random.nextInt(ROLES.length)]).append(',').append(key).append(',')
                        .append(COUNTIES[random.nextInt(COUNTIES.length)]).append(',')
                        .append(random.nextInt(5) < 2 ? "es" : random.nextInt(10) == 0 ? "other" : "en").append(',')
                        .append(TOPICS[random.nextInt(TOPICS.length)]).append(random.nextBoolean() ? ";" + TOPICS[random.nextInt(TOPICS.length)] : "")
                        .append(',').append(random.nextInt(10) < 3 ? "yes" : "no").append('\n');
                count++;
            }
        }
        importer.importCsv(csv.toString());
        int imported = count;
        LOG.info(() -> "Demo data loaded: " + imported + " helpline calls");
    }
}
