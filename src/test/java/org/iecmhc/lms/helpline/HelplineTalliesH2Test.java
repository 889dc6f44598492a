package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.iecmhc.lms.platform.persistence.SchemaMigration;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.EmbeddedH2;
import org.iecmhc.lms.testsupport.Services;
import org.junit.jupiter.api.Test;

/** The tallies' statements on H2 in MySQL mode, the default embedded database: increments, removals and a rebuild. */
class HelplineTalliesH2Test {

    private static final String[] TABLES = {"helpline_county_tally", "helpline_duration_tally", "helpline_caller",
            "helpline_caller_year", "helpline_caller_span"};

    @Test
    void incrementalTalliesEqualARebuildFromTheCalls() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:tallies;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(h2);
        try (Connection connection = h2.getConnection()) {
            List<CallRecord> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                calls.add(call(LocalDateTime.of(2021, 7, 1, 7, 0).plusHours(i * 97L), 1 + i % 50,
                        i % 7 == 0 ? null : "caller-" + i % 23, i % 2 == 0 ? "06037" : "06019"));
            }
            CallBatchWriter.insert(connection, calls);
            TallyChange removal = new TallyChange();
            CallRecord removed = calls.get(1);
            removal.remove(TalliedCall.of(removed));
            HelplineTallies.apply(removal, TallySql.on(connection));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from helpline_call where received_at = timestamp '"
                        + removed.receivedAtUtc().toString().replace('T', ' ') + "'");
            }
            Map<String, List<String>> kept = tables(connection);
            assertFalse(kept.get("helpline_caller_span").isEmpty());

            HelplineTallyRebuild.rebuild(connection);
            assertEquals(kept, tables(connection));
        }
    }

    /** The call list's count, its ids query's SQL inside a bounded {@code count(*)}, runs on H2 as on MariaDB. */
    @Test
    void theCallListCountsOnH2() throws SQLException {
        DataSource h2 = EmbeddedH2.migrated("call_count");
        try (Connection connection = h2.getConnection()) {
            List<CallRecord> calls = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                calls.add(call(LocalDateTime.of(2024, 7, 1, 17, 0).plusHours(i), 5, null, i % 3 == 0 ? "06019" : "06037"));
            }
            CallBatchWriter.insert(connection, calls);
        }
        EntityManagerFactory factory = EmbeddedH2.entityManagerFactory(h2);
        EntityManager em = factory.createEntityManager();
        try {
            HelplineCalls list = Services.on(em, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC))
                    .helplineCalls();
            assertEquals(30, list.count(CallFilter.everything()));
            assertEquals(10, list.count(new CallFilter(null, null, "06019", null, null, null)));
        } finally {
            em.close();
            factory.close();
        }
    }

    private static CallRecord call(LocalDateTime utc, int minutes, String callerKey, String county) {
        return new CallRecord(utc, minutes, CallerRole.CENTER_STAFF, callerKey, null, county, ServiceLanguage.EN, List.of(),
                minutes % 3 == 0, null, false);
    }

    /** Every tally's rows that count something, in key order (increments may leave rows at zero). */
    private static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select * from " + table
                         + (table.equals("helpline_caller_span") ? " where callers <> 0" : " where calls <> 0") + " order by 1, 2")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(result.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            tables.put(table, rows);
        }
        return tables;
    }
}
