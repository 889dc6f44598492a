package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.helpline.HelplineFigures.CallSummary;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A seeded random run of recorded, corrected and imported calls over five fiscal years, many counties and callers
 * (some typed in another case or without accents, which MariaDB counts as the same caller), and corrections that
 * erase caller keys; after it the tallies answer for every range of years exactly what an aggregate over the calls
 * answers, and so does a rebuild from the calls.
 */
class HelplineTalliesPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-20T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] COUNTIES = {"06001", "06019", "06037", "06073", "06029", "06065"};
    private static final String[] KEYS = {"maria", "MARIA", "José", "jose", "ana", "Ana", "caller-1", "caller-2", "caller-3",
            "caller-4", "caller-5", "caller-6", "caller-7", "caller-8", "caller-9", "caller-10", "caller-11", "caller-12"};
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2021, 7, 1, 0, 0);

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private final Random random = new Random(20_261_125);

    @Test
    void tallyEqualsTheCallsAfterEveryKindOfChange() throws SQLException {
        for (int step = 0; step < 160; step++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                db.inTransaction(em -> calls(em).record(form()));
            } else if (kind < 8 && step > 0) {
                correctOne(kind == 7);
            } else {
                importBatch(1 + random.nextInt(40));
            }
            if (step == 80) {
                assertTalliesMatchTheCalls();
            }
        }
        assertTalliesMatchTheCalls();
        try (Connection connection = db.dataSource().getConnection()) {
            HelplineTallyRebuild.rebuild(connection);
        }
        assertTalliesMatchTheCalls();
    }

    @Test
    void aRebuildOfNoCallsLeavesEmptyTallies() throws SQLException {
        importBatch(5);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().executeUpdate("delete from helpline_call_topic");
            connection.createStatement().executeUpdate("delete from helpline_call");
            HelplineTallyRebuild.rebuild(connection);
        }
        assertEquals(new CallSummary(0, 0, null, null, 0), figures(2020, 2026));
        assertEquals(Map.of(), db.inTransaction(em -> Services.on(em, CLOCK).helplineFigures().callsByCounty(2020, 2026)));
    }

    /** Corrects a random call, changing any of what the tallies count; sometimes only erasing the caller key. */
    private void correctOne(boolean eraseKey) {
        db.inTransaction(em -> {
            List<Long> ids = em.createQuery("select c.id from HelplineCall c order by c.id", Long.class).getResultList();
            HelplineCall call = em.find(HelplineCall.class, ids.get(random.nextInt(ids.size())));
            CallForm form = eraseKey ? new CallForm(call.getReceivedAtPacific(), call.getDurationMinutes(),
                    call.getCallerRole(), " ", null, call.getCounty().getFips(), call.getLanguage(), List.of(),
                    call.isConsultationRecommended(), null, false) : form();
            return calls(em).correct(call.getId(), call.getVersion(), form);
        });
    }

    private void importBatch(int size) throws SQLException {
        List<CallRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            CallForm form = form();
            records.add(CallRules.check(form, CLOCK));
        }
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            CallBatchWriter.insert(connection, records);
            connection.commit();
        }
    }

    /** Calls bunch near the July 1 boundaries and repeat a few durations, so corrections move the shortest and longest. */
    private CallForm form() {
        LocalDateTime at = random.nextInt(4) == 0
                ? FIRST_DAY.plusYears(random.nextInt(5)).plusMinutes(random.nextInt(240) - 120)
                : FIRST_DAY.plusMinutes(random.nextInt(5 * 365 * 24 * 60 - 60 * 24 * 30));
        if (at.isBefore(FIRST_DAY)) {
            at = at.plusYears(1);
        }
        String key = random.nextInt(4) == 0 ? null : KEYS[random.nextInt(KEYS.length)];
        return new CallForm(at, 1 + random.nextInt(30) * random.nextInt(9), CallerRole.values()[random.nextInt(4)], key,
                null, COUNTIES[random.nextInt(COUNTIES.length)], ServiceLanguage.EN, List.of(), random.nextBoolean(), null,
                false);
    }

    /** Compares outside the transaction: a failed assertion inside would leave it open and the database undroppable. */
    private void assertTalliesMatchTheCalls() throws SQLException {
        Map<String, Object> tallied = new LinkedHashMap<>();
        Map<String, Object> counted = new LinkedHashMap<>();
        List<FiscalYears> ranges = new ArrayList<>();
        List<CallSummary> together = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection()) {
            db.inTransaction(em -> {
                HelplineFigures tallies = Services.on(em, CLOCK).helplineFigures();
                for (int first = 2020; first <= 2026; first++) {
                    for (int last = first; last <= 2026; last++) {
                        String range = first + " to " + last;
                        tallied.put(range, List.of(tallies.summary(first, last), tallies.callsByCounty(first, last)));
                        counted.put(range, List.of(fromTheCalls(connection, first, last),
                                byCountyFromTheCalls(connection, first, last)));
                        ranges.add(new FiscalYears(new FiscalYear(first), new FiscalYear(last)));
                    }
                }
                together.addAll(tallies.summaries(ranges));
                return null;
            });
        }
        assertEquals(28, counted.size());
        counted.forEach((range, figures) -> assertEquals(figures, tallied.get(range), range));
        assertEquals(counted.values().stream().map(figures -> ((List<?>) figures).get(0)).toList(), together,
                "every range's summary read in one statement");
    }

    private CallSummary figures(int first, int last) {
        return db.inTransaction(em -> Services.on(em, CLOCK).helplineFigures().summary(first, last));
    }

    /** The figures as they were computed before the tallies: one aggregate over the calls of the range. */
    private static CallSummary fromTheCalls(Connection connection, int first, int last) {
        List<Object> row = rows(connection, "select count(*), count(distinct caller_key),"
                + " coalesce(sum(case when caller_key is null then 1 else 0 end), 0),"
                + " min(duration_minutes), max(duration_minutes),"
                + " coalesce(sum(case when consultation_recommended then 1 else 0 end), 0)"
                + " from helpline_call where received_at >= ? and received_at < ?", first, last).get(0);
        return new CallSummary(number(row.get(0)), number(row.get(1)) + number(row.get(2)),
                (Integer) row.get(3), (Integer) row.get(4), number(row.get(5)));
    }

    private static Map<String, Long> byCountyFromTheCalls(Connection connection, int first, int last) {
        Map<String, Long> byCounty = new LinkedHashMap<>();
        for (List<Object> row : rows(connection, "select county_fips, count(*) from helpline_call"
                + " where received_at >= ? and received_at < ? group by county_fips order by county_fips", first, last)) {
            byCounty.put((String) row.get(0), number(row.get(1)));
        }
        return byCounty;
    }

    /** The rows of a query over the calls received from July 1 of the first year until July 1 after the last. */
    private static List<List<Object>> rows(Connection connection, String sql, int first, int last) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, startUtc(first));
            query.setObject(2, startUtc(last + 1));
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** July 1 of the year, midnight Pacific, in UTC: the reports' boundary, written out independently of FiscalYear. */
    private static LocalDateTime startUtc(int year) {
        return PacificTime.toUtc(LocalDateTime.of(year, 7, 1, 0, 0));
    }

    private static HelplineCalls calls(EntityManager em) {
        return Services.on(em, CLOCK).helplineCalls();
    }
}
