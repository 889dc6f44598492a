package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.h2.jdbcx.JdbcDataSource;
import org.iecmhc.lms.platform.persistence.SchemaMigration;
import org.iecmhc.lms.provider.ServiceLanguage;
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
