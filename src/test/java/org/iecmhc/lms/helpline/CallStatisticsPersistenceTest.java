package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iecmhc.lms.helpline.CallStatistics.CountyCalls;
import org.iecmhc.lms.helpline.CallStatistics.Counts;
import org.iecmhc.lms.helpline.CallStatistics.TopicCalls;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The helpline statistics of a period count its calls by topic, caller role, county, language and California hour
 * with one grouped query per table (one per daylight-saving piece for the hours), and the call list's export holds
 * exactly the calls its filters show, without the caller's key.
 */
class CallStatisticsPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T19:00:00Z"), ZoneOffset.UTC);
    private static final String FRESNO = "06019";
    private static final String KERN = "06029";
    private static final String LOS_ANGELES = "06037";
    private static final LocalDate FIRST = LocalDate.of(2024, 7, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static TestDatabase db;

    @BeforeAll
    static void recordCalls() {
        db = TestDatabase.migrated();
        call(LocalDateTime.of(2024, 6, 30, 23, 30), CallerRole.CENTER_STAFF, FRESNO, ServiceLanguage.EN, "BITING");
        call(LocalDateTime.of(2024, 7, 1, 0, 30), CallerRole.CENTER_STAFF, FRESNO, ServiceLanguage.EN, "BITING", "SLEEP");
        call(LocalDateTime.of(2024, 12, 10, 9, 15), CallerRole.FCC_PROVIDER, KERN, ServiceLanguage.ES, "BITING");
        call(LocalDateTime.of(2025, 3, 10, 9, 45), CallerRole.FCC_PROVIDER, FRESNO, ServiceLanguage.ES);
        call(LocalDateTime.of(2025, 6, 30, 23, 30), CallerRole.OTHER, LOS_ANGELES, ServiceLanguage.OTHER, "TRAUMA");
        call(LocalDateTime.of(2025, 7, 1, 0, 10), CallerRole.OTHER, KERN, ServiceLanguage.EN, "TRAUMA");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aFiscalYearIsCountedByEveryTableFromItsFirstMinuteToItsLastCaliforniaTime() {
        Counts counts = db.inTransaction(em -> Services.on(em, CLOCK).callStatistics().of(FIRST, LAST));
        assertEquals(List.of(new TopicCalls("Biting", "Mordidas", 2), new TopicCalls("Sleep", "Sueño", 1),
                new TopicCalls("Trauma", "Trauma", 1)), counts.byTopic(), "in the topics' order; a call counts under each");
        assertEquals(Map.of(CallerRole.CENTER_STAFF, 1L, CallerRole.FCC_PROVIDER, 2L, CallerRole.FFN_CAREGIVER, 0L,
                CallerRole.OTHER, 1L), counts.byRole());
        assertEquals(List.of(new CountyCalls("Fresno", 2), new CountyCalls("Kern", 1), new CountyCalls("Los Angeles", 1)),
                counts.byCounty());
        assertEquals(Map.of(ServiceLanguage.EN, 1L, ServiceLanguage.ES, 2L, ServiceLanguage.OTHER, 1L), counts.byLanguage());
        long[] hours = new long[24];
        hours[0] = 1;
        hours[9] = 2;
        hours[23] = 1;
        assertArrayEquals(hours, counts.byHour(), "9:15 in winter and 9:45 in summer are both 9 o'clock");
    }

    @Test
    void theTablesAreGroupedQueriesNotCallsLoaded() {
        List<String> sql = db.statements().sqlOf(() -> db.inTransaction(em ->
                Services.on(em, CLOCK).callStatistics().of(FIRST, LAST)));
        assertEquals(4 + 3, sql.size(), "four tables and the hours of three daylight-saving pieces: " + sql);
        assertTrue(sql.stream().allMatch(s -> s.toUpperCase(Locale.ROOT).contains("GROUP BY")), sql.toString());
    }

    @Test
    void aSingleDayCountsItsCallsOnly() {
        Counts day = db.inTransaction(em -> Services.on(em, CLOCK).callStatistics()
                .of(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 10)));
        assertEquals(List.of(new CountyCalls("Kern", 1)), day.byCounty());
        assertEquals(1L, day.byHour()[9]);
    }

    @Test
    void aReversedMissingOrTooLongPeriodIsRefusedAtItsField() {
        InputRejected reversed = assertThrows(InputRejected.class, () -> db.inTransaction(em ->
                Services.on(em, CLOCK).callStatistics().of(LAST, FIRST)));
        assertEquals("to", reversed.field());
        assertEquals("hlstats.period.order", reversed.messageKey());
        InputRejected missing = assertThrows(InputRejected.class, () -> db.inTransaction(em ->
                Services.on(em, CLOCK).callStatistics().of(null, LAST)));
        assertEquals("from", missing.field());
        InputRejected tooLong = assertThrows(InputRejected.class, () -> db.inTransaction(em ->
                Services.on(em, CLOCK).callStatistics().of(FIRST, FIRST.plusYears(11))));
        assertEquals("hlstats.period.tooLong", tooLong.messageKey());
    }

    @Test
    void theDownloadsWriteTheTablesInTheReadersLanguage() {
        Counts counts = db.inTransaction(em -> Services.on(em, CLOCK).callStatistics().of(FIRST, LAST));
        List<StatisticsTable> tables = StatisticsTable.all(counts, SPANISH);
        String role = new String(StatisticsExport.csv(StatisticsTable.chosen(tables, "role").orElseThrow(), SPANISH),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFPersona que llama,Llamadas\r\nPersonal de un centro,1\r\n"
                + "Proveedor de cuidado infantil familiar,2\r\n\"Cuidador familiar, amigo o vecino\",0\r\nOtra persona,1\r\n",
                role);
        String all = new String(StatisticsExport.csv(tables, SPANISH), StandardCharsets.UTF_8);
        assertTrue(all.contains("Llamadas por tema\r\nTema,Llamadas\r\nMordidas,2\r\n"), all);
        assertTrue(all.contains("Hora (de California),Llamadas\r\n00:00-00:59,1\r\n"), all);
        assertTrue(StatisticsTable.chosen(tables, "children").isEmpty());
        assertTrue(StatisticsExport.xlsx(tables, SPANISH).length > 0);
    }

    @Test
    void theCallListExportHoldsEveryCallItsFiltersShowAndNoCallerKey() {
        CallFilter fresno = new CallFilter(FIRST, LAST, FRESNO, null, null, null);
        List<Csv.Row> rows = Csv.read(export(fresno, Locale.ENGLISH));
        assertEquals(3, rows.size(), "the header and Fresno's two calls of the year");
        assertEquals(List.of("Received (Pacific)", "Minutes", "Caller", "County",
                "Language of the call", "Topics", "Consultation recommended", "Follow-up needed", "Outside hours"),
                rows.get(0).fields());
        assertEquals(List.of("2025-03-10 09:45", "20", "Family child care provider", "Fresno", "Spanish", "", "No",
                "No", "No"), rows.get(1).fields(), "newest first");
        assertEquals("Biting; Sleep", rows.get(2).field(5));
        assertEquals("Yes", rows.get(2).field(8), "half past midnight is outside hours");
        String everything = export(CallFilter.everything(), SPANISH);
        assertEquals(7, Csv.read(everything).size());
        assertFalse(everything.contains("caller-key"), "the caller's key never leaves");
        assertEquals(fresno, CallFilter.of(parameter -> Map.of("from", "2024-07-01", "to", "2025-06-30",
                "county", FRESNO).get(parameter)), "the address of a filter reads back as the filter");
        assertEquals("from=2024-07-01&to=2025-06-30&county=06019", fresno.query());
        assertThrows(InputRejected.class, () -> CallFilter.of(parameter -> "from".equals(parameter) ? "2026-02-30" : null));
    }

    private static String export(CallFilter filter, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        db.inTransaction(em -> {
            try {
                CallListCsv.write(Services.on(em, CLOCK).helplineCalls(), filter, locale, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void call(LocalDateTime pacific, CallerRole role, String county, ServiceLanguage language,
                             String... topics) {
        db.inTransaction(em -> {
            List<Long> ids = List.of(topics).stream().map(code -> em.createQuery(
                    "select t.id from HelplineTopic t where t.code = :code", Long.class)
                    .setParameter("code", code).getSingleResult()).toList();
            return Services.on(em, CLOCK).helplineCalls().record(new CallForm(pacific, 20, role, "caller-key-" + pacific,
                    null, county, language, ids, false, null, false));
        });
    }
}
