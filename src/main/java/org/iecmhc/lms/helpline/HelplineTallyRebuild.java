package org.iecmhc.lms.helpline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iecmhc.lms.platform.time.FiscalYear;

/**
 * Recomputes every helpline tally from helpline_call with a few set-based statements, for calls written without the
 * helpline services (the V19 migration's existing calls, bulk loads of test data). Runs on the caller's connection
 * and transaction.
 */
public final class HelplineTallyRebuild {

    /** Reading every call takes longer than the read timeout meant for requests. */
    private static final int TIMEOUT_MILLIS = (int) TimeUnit.MINUTES.toMillis(30);

    private HelplineTallyRebuild() {
    }

    public static void rebuild(Connection connection) throws SQLException {
        int timeout = networkTimeout(connection, TIMEOUT_MILLIS);
        try {
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("helpline_caller_span", "helpline_caller_year", "helpline_caller",
                        "helpline_duration_tally", "helpline_county_tally")) {
                    statement.executeUpdate("delete from " + table);
                }
            }
            List<LocalDateTime> boundaries = boundaries(connection);
            if (boundaries.isEmpty()) {
                return;
            }
            String year = fiscalYear(boundaries);
            execute(connection, "insert into helpline_county_tally (fiscal_year, county_fips, calls, consultation_recommended,"
                    + " without_caller_key) select fiscal_year, county_fips, count(*), sum(recommended), sum(anonymous)"
                    + " from (select " + year + " as fiscal_year, county_fips,"
                    + " case when consultation_recommended then 1 else 0 end as recommended,"
                    + " case when caller_key is null then 1 else 0 end as anonymous from helpline_call) c"
                    + " group by fiscal_year, county_fips", boundaries);
            execute(connection, "insert into helpline_duration_tally (fiscal_year, duration_minutes, calls)"
                    + " select fiscal_year, duration_minutes, count(*) from (select " + year + " as fiscal_year,"
                    + " duration_minutes from helpline_call) c group by fiscal_year, duration_minutes", boundaries);
            execute(connection, "insert into helpline_caller_year (caller_key, fiscal_year, calls)"
                    + " select caller_key, fiscal_year, count(*) from (select caller_key, " + year + " as fiscal_year"
                    + " from helpline_call where caller_key is not null) c group by caller_key, fiscal_year", boundaries);
            execute(connection, "insert into helpline_caller (caller_key, calls)"
                    + " select caller_key, sum(calls) from helpline_caller_year group by caller_key", List.of());
            execute(connection, "insert into helpline_caller_span (fiscal_year, previous_year, callers)"
                    + " select fiscal_year, previous_year, count(*) from (select fiscal_year,"
                    + " coalesce(lag(fiscal_year) over (partition by caller_key order by fiscal_year), "
                    + CallerSpans.NONE + ") as previous_year from helpline_caller_year) y"
                    + " group by fiscal_year, previous_year", List.of());
        } finally {
            networkTimeout(connection, timeout);
        }
    }

    /** July 1 of every fiscal year from that of the first call through the year after that of the last, in UTC. */
    private static List<LocalDateTime> boundaries(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet range = statement.executeQuery("select min(received_at), max(received_at) from helpline_call")) {
            range.next();
            LocalDateTime first = range.getObject(1, LocalDateTime.class);
            if (first == null) {
                return List.of();
            }
            List<LocalDateTime> boundaries = new ArrayList<>();
            FiscalYear last = FiscalYear.ofUtc(range.getObject(2, LocalDateTime.class));
            for (FiscalYear year = FiscalYear.ofUtc(first); year.compareTo(last.next()) <= 0; year = year.next()) {
                boundaries.add(year.startUtc());
            }
            return boundaries;
        }
    }

    /** The fiscal year of received_at, by the same UTC boundaries as {@link FiscalYear}, one parameter each. */
    private static String fiscalYear(List<LocalDateTime> boundaries) {
        int firstYear = FiscalYear.ofUtc(boundaries.get(0)).startYear();
        StringBuilder year = new StringBuilder("case");
        for (int i = 1; i < boundaries.size(); i++) {
            year.append(" when received_at < ? then ").append(firstYear + i - 1);
        }
        return year.append(" end").toString();
    }

    private static void execute(Connection connection, String sql, List<LocalDateTime> boundaries) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i < boundaries.size(); i++) {
                statement.setObject(i, boundaries.get(i));
            }
            statement.executeUpdate();
        }
    }

    /** Sets the read timeout and answers the one it replaces; H2 has none. */
    private static int networkTimeout(Connection connection, int millis) throws SQLException {
        try {
            int previous = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, millis);
            return previous;
        } catch (SQLFeatureNotSupportedException e) {
            return 0;
        }
    }
}
