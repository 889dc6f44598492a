package org.iecmhc.lms.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;

/** The cohort feature's tests: its clock, and its services over one transaction of a test database. */
final class CohortFixture {

    static final String HEADER = "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-08-15T12:00:00Z"));

    private CohortFixture() {
    }

    static <T> T inTransaction(TestDatabase db, Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }

    static long cohort(TestDatabase db, String name, int capacity) {
        return inTransaction(db, s -> s.cohorts().create(new CohortDetails(name, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 30), InstructionLanguage.EN, capacity)).getId());
    }

    /** A roster of {@code count} new people with varied, valid answers. */
    static String generatedRoster(String prefix, int count) {
        String[] races = {"ASIAN", "HISPANIC_LATINO", "CAUCASIAN", "AFRICAN_AMERICAN", "DECLINED", ""};
        String[] languages = {"ENGLISH_ONLY", "BILINGUAL_SPANISH", "MULTILINGUAL_OTHER", "DECLINED"};
        String[] counties = {"Los Angeles", "06001", "fresno county", "073", "San Luis Obispo", ""};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append(i).append("@roster.example.org,First").append(i).append(",Last").append(i)
                    .append(',').append(i % 3 == 0 ? "es" : "en")
                    .append(',').append(races[i % races.length])
                    .append(',').append(languages[i % languages.length])
                    .append(',').append(counties[i % counties.length])
                    .append(",\"Agency ").append(i % 40).append(", Inc.\"\n");
        }
        return csv.toString();
    }
}
