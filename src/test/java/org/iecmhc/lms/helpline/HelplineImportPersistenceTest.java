package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading and storing helpline imports, and counting unique inquiries, against MariaDB: stored through the bulk path
 * (LOAD DATA from memory), and through JDBC batches where a connection cannot load.
 */
class HelplineImportPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = String.join(",", CallImportReader.COLUMNS) + "\n";
    private static final LocalDateTime MARCH_5 = LocalDateTime.of(2024, 3, 5, 22, 30);
    /** What an import stores: the calls, their topics and every tally. */
    private static final List<String> STORED = List.of("select * from helpline_call order by id",
            "select * from helpline_call_topic order by call_id, topic_id",
            "select * from helpline_county_tally order by 1, 2", "select * from helpline_duration_tally order by 1, 2",
            "select * from helpline_caller order by 1", "select * from helpline_caller_year order by 1, 2",
            "select * from helpline_caller_span order by 1, 2");

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    @Test
    void everyBadLineIsListedAndNothingIsStored() throws SQLException {
        String csv = HEADER
                + "2024-03-05T14:30,25,CENTER_STAFF,caller-1,Fresno,es,biting;Sleep,yes\n"
                + "2024-03-05 14:30,0,CENTER_STAFF,,Maricopa,fr,biting,maybe\n"
                + "2030-01-01T10:00,20,PARENT,,06019,en,unknown topic,no\n"
                + "not a date,20,OTHER,,037,other,,no\n";
        ImportResult<CallRecord> result = reader().read(csv);
        assertFalse(result.isClean());
        List<Integer> lines = result.problems().stream().map(ImportProblem::line).distinct().toList();
        assertEquals(List.of(3, 4, 5), lines);
        List<String> messages = result.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
        assertTrue(messages.contains("3: duration_minutes \"0\" is not a whole number from 1 to 240."), messages.toString());
        assertTrue(messages.contains("3: county \"Maricopa\" is not a California county name or FIPS code."), messages.toString());
        assertTrue(messages.contains("3: language \"fr\" is not one of en, es, other."), messages.toString());
        assertTrue(messages.contains("3: consultation_recommended \"maybe\" is not yes or no."), messages.toString());
        assertTrue(messages.contains("4: received_at \"2030-01-01T10:00\" is in the future."), messages.toString());
        assertTrue(messages.contains("4: caller_role \"PARENT\" is not one of CENTER_STAFF, FCC_PROVIDER, FFN_CAREGIVER, OTHER."));
        assertTrue(messages.contains("4: topic \"unknown topic\" is not in the list of helpline topics."));
        assertTrue(messages.contains("5: received_at \"not a date\" is not a date and time such as 2024-03-05T14:30."));
        assertEquals(0, figures().calls(2000, 2099));
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAtItsFirstLine() {
        ImportResult<CallRecord> result = reader().read("date,minutes\n2024-01-01T10:00,5\n");
        assertEquals(1, result.problems().size());
        assertEquals(1, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message(Locale.ENGLISH).contains("received_at"));
    }

    @Test
    void uniqueInquiriesCountEachCallerKeyOnceAndEachAnonymousCallAlone() throws SQLException {
        String csv = HEADER
                + "2024-06-30T16:59,10,CENTER_STAFF,maria,Fresno,es,biting,yes\n"
                + "2024-07-01T09:00,15,CENTER_STAFF,maria,Fresno,es,biting,no\n"
                + "2024-07-02T09:00,15,FCC_PROVIDER,ana,Los Angeles,en,sleep;trauma,yes\n"
                + "2024-07-03T09:00,5,FFN_CAREGIVER,,Los Angeles,en,,no\n"
                + "2024-07-04T09:00,240,OTHER,,06001,other,other,no\n"
                + "2024-07-05T09:00,1,OTHER,maria,Fresno,es,Mordidas,yes\n";
        store(csv);
        assertEquals(5, figures().calls(2024, 2024), "June 30 belongs to the year before");
        assertEquals(4, figures().uniqueInquiries(2024, 2024), "maria, ana and two anonymous calls");
        assertEquals(6, figures().calls(2023, 2024));
        assertEquals(4, figures().uniqueInquiries(2023, 2024));

        assertEquals(3, count(new CallFilter(null, null, "06019", null, null, null)));
        assertEquals(3, count(new CallFilter(null, null, null, ServiceLanguage.ES, null, null)));
        long biting = topicId("BITING");
        assertEquals(3, count(new CallFilter(null, null, null, null, biting, null)), "Mordidas is the Spanish name of biting");
        assertEquals(3, count(new CallFilter(null, null, null, null, null, true)));
        assertEquals(2, count(new CallFilter(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 2), null, null, null, null)));
        assertEquals(2, count(new CallFilter(null, null, null, null, null, null, CallerRole.CENTER_STAFF)));
        assertEquals(1, count(new CallFilter(null, null, "06037", null, null, null, CallerRole.FFN_CAREGIVER)));
        List<HelplineCall> oldestFirst = db.inTransaction(em -> calls(em).search(CallFilter.everything(), 0, 2, CallSort.RECEIVED, true));
        assertEquals(10, oldestFirst.get(0).getDurationMinutes());
        assertTrue(oldestFirst.get(0).isOutsideHours(), "Sunday June 30, 2024 is outside helpline hours");
        assertFalse(oldestFirst.get(1).isOutsideHours(), "Monday 9 a.m. is inside");
    }

    @Test
    void textRoundTripsExactlyAndJdbcBatchesStoreTheSameCallsTopicsAndTallies() throws SQLException {
        long biting = topicId("BITING");
        long sleep = topicId("SLEEP");
        String key = "José Núñez \"Pepe\" O'Brien \\ 🙂";
        String referrals = "Línea 1\nLínea 2\r\n\tcon tabulador, barra \\ y \\N, \"comillas\" y 'apóstrofos': ñandú\u0000🙂";
        List<CallRecord> calls = List.of(call(MARCH_5, key, referrals, List.of(biting, sleep)),
                call(LocalDateTime.of(2024, 3, 6, 17, 0, 12), "NULL", "\\N", List.of(sleep)),
                call(LocalDateTime.of(2024, 7, 1, 16, 0), null, null, List.of()),
                call(LocalDateTime.of(2024, 7, 2, 16, 0), "ana", "", List.of(biting)));
        store(db.dataSource(), calls, 2);
        assertEquals(List.of(Arrays.asList(key, referrals), Arrays.asList("NULL", "\\N"), Arrays.asList(null, null),
                        Arrays.asList("ana", "")),
                Sql.rows(db.dataSource(), "select caller_key, referrals from helpline_call order by id"));

        try (TestDatabase batches = TestDatabase.migrated()) {
            store(withoutLocalData(batches), calls, 0);
            for (String query : STORED) {
                assertEquals(Sql.rows(db.dataSource(), query), Sql.rows(batches.dataSource(), query), query);
            }
        }
    }

    /**
     * A second import over calls and tallies already there: callers typed in another case, new callers in chunks of
     * their own and mixed with known ones, years before and after the ones they had, the same counties and durations.
     * Both paths store the same rows, and the tallies count what a rebuild from the calls counts.
     */
    @Test
    void anImportOverCallsAlreadyTalliedLeavesTheTalliesOfARebuildOnEitherPath() throws SQLException {
        List<CallRecord> first = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            first.add(call(LocalDateTime.of(2022, 8, 1, 16, 0).plusHours(i), i % 10 == 0 ? null : "caller-" + i, i));
        }
        List<CallRecord> second = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            LocalDateTime at = i % 2 == 0 ? LocalDateTime.of(2021, 9, 1, 16, 0) : LocalDateTime.of(2023, 9, 1, 16, 0);
            second.add(call(at.plusHours(i), "CALLER-" + i * 7, i));
        }
        for (int i = 0; i < 3_000; i++) {
            second.add(call(LocalDateTime.of(2023, 8, 1, 16, 0).plusHours(i), i % 60 == 0 ? null : "new-" + i, i));
        }
        try (TestDatabase batches = TestDatabase.migrated()) {
            DataSource batched = withoutLocalData(batches);
            for (List<CallRecord> calls : List.of(first, second)) {
                store(db.dataSource(), calls, 2);
                store(batched, calls, 0);
            }
            // A load leaves gaps in the keys after it (InnoDB reserves keys for a statement of unknown rows in
            // growing blocks), so the second import's calls have other ids on either path.
            List<String> stored = new ArrayList<>(STORED.subList(2, STORED.size()));
            stored.add("select received_at, duration_minutes, caller_key, county_fips, consultation_recommended"
                    + " from helpline_call order by received_at, caller_key");
            for (String query : stored) {
                assertEquals(Sql.rows(db.dataSource(), query), Sql.rows(batched, query), query);
            }
            for (DataSource dataSource : List.of(db.dataSource(), batched)) {
                Map<String, List<List<String>>> kept = tallies(dataSource);
                assertTrue(kept.get("helpline_caller").contains(List.of("caller-7", "2")), kept.get("helpline_caller").toString());
                try (Connection connection = dataSource.getConnection()) {
                    HelplineTallyRebuild.rebuild(connection);
                }
                assertEquals(tallies(dataSource), kept);
            }
        }
    }

    /**
     * Each tally's rows that count something (increments may leave a row at zero, a rebuild writes none), caller keys
     * in lower case: a rebuild keeps whichever spelling of a caller its GROUP BY meets first.
     */
    private static Map<String, List<List<String>>> tallies(DataSource dataSource) throws SQLException {
        Map<String, List<List<String>>> tallies = new LinkedHashMap<>();
        tallies.put("helpline_county_tally", Sql.rows(dataSource, "select * from helpline_county_tally where calls <> 0 order by 1, 2"));
        tallies.put("helpline_duration_tally", Sql.rows(dataSource, "select * from helpline_duration_tally where calls <> 0 order by 1, 2"));
        tallies.put("helpline_caller", Sql.rows(dataSource, "select lower(caller_key), calls from helpline_caller where calls <> 0 order by 1"));
        tallies.put("helpline_caller_year", Sql.rows(dataSource, "select lower(caller_key), fiscal_year, calls from helpline_caller_year where calls <> 0 order by 1, 2"));
        tallies.put("helpline_caller_span", Sql.rows(dataSource, "select * from helpline_caller_span where callers <> 0 order by 1, 2"));
        return tallies;
    }

    @Test
    void aCallTheDatabaseRefusesStoresNothingOnEitherPath() throws SQLException {
        CallRecord accepted = call(MARCH_5, "maria", null, List.of(topicId("BITING")));
        CallRecord tooLongKey = call(MARCH_5, "k".repeat(HelplineLimits.CALLER_KEY + 1), null, List.of());
        CallRecord unknownTopic = call(MARCH_5, "ana", null, List.of(Long.MAX_VALUE));
        for (CallRecord refused : List.of(tooLongKey, unknownTopic)) {
            SQLException loaded = refusal(db.dataSource(), List.of(accepted, refused));
            assertTrue(loaded.getMessage().startsWith("The database refused a row loaded into helpline_call"),
                    loaded.getMessage());
            refusal(withoutLocalData(db), List.of(accepted, refused));
        }
        for (String query : STORED.subList(0, 3)) {
            assertEquals(List.of(), Sql.rows(db.dataSource(), query), query);
        }
    }

    @Test
    void aConnectionSendsNoFileOfThisMachineBeforeOrAfterAnImport() throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            assertSendsNoFile(connection);
            connection.setAutoCommit(false);
            CallBatchWriter.insert(connection, List.of(call(MARCH_5, "maria", null, List.of())));
            connection.commit();
            assertFalse(connection.unwrap(JdbcConnection.class).getPropertySet()
                    .getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue());
            assertSendsNoFile(connection);
        }
        assertEquals(1, figures().calls(2000, 2099));
    }

    @Test
    void aHundredThousandCallsImportInOneGo() throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] counties = {"Fresno", "Los Angeles", "06073", "San Diego", "Kern"};
        String[] topics = {"biting", "sleep;trauma", "", "separation;toileting;other", "staff wellness"};
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime at = LocalDateTime.of(2022, 7, 1, 8, 0).plusMinutes(i * 7L);
            csv.append(at).append(',').append(1 + i % 240).append(",CENTER_STAFF,caller-").append(i % 30_000).append(',')
                    .append(counties[i % counties.length]).append(',').append(i % 3 == 0 ? "es" : "en").append(',')
                    .append(topics[i % topics.length]).append(',').append(i % 4 == 0 ? "yes" : "no").append('\n');
        }
        // The topics and counties are read before the clock starts: in this JVM that is EclipseLink's start (1 to 4
        // seconds on a loaded machine), which a running application paid long before its first import.
        CallImportReader reader = reader();
        long start = System.nanoTime();
        ImportResult<CallRecord> result = reader.read(csv.toString());
        long read = System.nanoTime();
        assertTrue(result.isClean(), () -> result.problems().subList(0, 3).toString());
        store(result);
        long stored = System.nanoTime();
        long loadData = loadDataMillis(result.records());
        System.out.printf("Helpline import of 100,000 calls into MariaDB: read and checked in %d ms, stored in %d ms;"
                + " LOAD DATA of the same calls and topics into an empty schema: %d ms%n",
                (read - start) / 1_000_000, (stored - read) / 1_000_000, loadData);
        assertEquals(100_000, figures().calls(2000, 2099));
        assertEquals(30_000, figures().uniqueInquiries(2000, 2099));
    }

    /**
     * The yardstick of the import's speed: MariaDB's own bulk load of the same calls and their topics into a
     * fresh schema, in one transaction, without the checks, the audit entry or the tallies.
     */
    private static long loadDataMillis(List<CallRecord> calls) throws IOException, SQLException {
        StringBuilder callRows = new StringBuilder();
        StringBuilder topicRows = new StringBuilder();
        long id = 1;
        for (CallRecord call : calls) {
            callRows.append(id).append('\t').append(Timestamp.valueOf(call.receivedAtUtc())).append('\t')
                    .append(call.durationMinutes()).append('\t').append(call.callerRole().name()).append('\t')
                    .append(call.callerKey() == null ? "\\N" : call.callerKey()).append('\t').append(call.countyFips())
                    .append('\t').append(call.language().name()).append('\t').append(call.consultationRecommended() ? 1 : 0)
                    .append('\t').append(HelplineHours.isOutside(call.receivedAtUtc()) ? 1 : 0).append('\n');
            for (Long topic : call.topicIds()) {
                topicRows.append(id).append('\t').append(topic).append('\n');
            }
            id++;
        }
        Path callFile = Files.writeString(Files.createTempFile("calls", ".tsv"), callRows);
        Path topicFile = Files.writeString(Files.createTempFile("call-topics", ".tsv"), topicRows);
        try (TestDatabase empty = TestDatabase.migrated();
             Connection connection = DriverManager.getConnection(empty.jdbcUrl() + "&allowLoadLocalInfile=true",
                     empty.user(), empty.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            statement.execute("load data local infile '" + callFile + "' into table helpline_call (id, received_at,"
                    + " duration_minutes, caller_role, caller_key, county_fips, language, consultation_recommended,"
                    + " outside_hours) set version = 1");
            statement.execute("load data local infile '" + topicFile + "' into table helpline_call_topic (call_id, topic_id)");
            connection.commit();
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            Files.delete(callFile);
            Files.delete(topicFile);
        }
    }

    private long count(CallFilter filter) {
        return db.inTransaction(em -> calls(em).count(filter));
    }

    private long topicId(String code) {
        return db.inTransaction(em -> em.createQuery("select t.id from HelplineTopic t where t.code = :c", Long.class)
                .setParameter("c", code).getSingleResult());
    }

    private void store(String csv) throws SQLException {
        ImportResult<CallRecord> result = reader().read(csv);
        assertTrue(result.isClean(), result.problems().toString());
        store(result);
    }

    private void store(ImportResult<CallRecord> result) throws SQLException {
        store(db.dataSource(), result.records(), 2);
    }

    /** Stores the calls in one transaction, with as many LOAD DATA statements as given (none: JDBC batches). */
    private static void store(DataSource dataSource, List<CallRecord> calls, int loads) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CallBatchWriter.insert(connection, calls);
            connection.commit();
            try (Statement statement = connection.createStatement();
                 ResultSet status = statement.executeQuery("show session status like 'Com_load'")) {
                status.next();
                assertEquals(loads, status.getInt(2), "LOAD DATA statements");
            }
        }
    }

    /** The failure of storing the calls, after which nothing of them is stored. */
    private static SQLException refusal(DataSource dataSource, List<CallRecord> calls) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            SQLException refused = assertThrows(SQLException.class, () -> CallBatchWriter.insert(connection, calls));
            connection.rollback();
            return refused;
        }
    }

    /** A connection that did not announce local data when it connected: the calls go in JDBC batches. */
    private static DataSource withoutLocalData(TestDatabase database) {
        MysqlDataSource plain = new MysqlDataSource();
        plain.setURL(database.jdbcUrl() + "&rewriteBatchedStatements=true");
        plain.setUser(database.user());
        plain.setPassword(database.password());
        return plain;
    }

    /** A hostile server may ask for any file in answer to any statement; this one asks for a file that exists. */
    private static void assertSendsNoFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "load data local infile '/etc/hostname' into table helpline_call_topic (call_id)"));
            assertTrue(refused.getMessage().contains("/dev/null/none"), refused.getMessage());
        }
    }

    private static CallRecord call(LocalDateTime utc, String callerKey, int variant) {
        return new CallRecord(utc, 1 + variant % 30, CallerRole.CENTER_STAFF, callerKey, null,
                variant % 2 == 0 ? "06019" : "06037", ServiceLanguage.EN, List.of(), variant % 3 == 0, null, false);
    }

    private static CallRecord call(LocalDateTime utc, String callerKey, String referrals, List<Long> topics) {
        return new CallRecord(utc, 20, CallerRole.FCC_PROVIDER, callerKey, null, "06019", ServiceLanguage.ES, topics,
                true, referrals, true);
    }

    private CallImportReader reader() {
        return db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            return new CallImportReader(services.counties().lookup(), new TopicLookup(services.helplineTopics().all()), CLOCK);
        });
    }

    private HelplineFigures figures() {
        return Services.on(db.entityManagerFactory().createEntityManager(), CLOCK).helplineFigures();
    }

    private static HelplineCalls calls(EntityManager em) {
        return Services.on(em, CLOCK).helplineCalls();
    }
}
