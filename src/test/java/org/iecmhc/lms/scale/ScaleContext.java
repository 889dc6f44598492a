package org.iecmhc.lms.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the loading steps share: the connection, the settings, the ids handed out so far, and the people and
 * providers that later steps refer to. Ids are given by the loader rather than by auto-increment, so that one step
 * can link rows of several tables without reading generated keys back.
 */
final class ScaleContext {

    /** The data set's "today": records before it happened, records after it are scheduled. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    /** The five fiscal years (July to June) of service records: 2021-2022 to 2025-2026. */
    static final LocalDate SERVICE_FROM = LocalDate.of(2021, 7, 1);
    static final LocalDate SERVICE_TO = LocalDate.of(2026, 6, 30);

    private static final long SEED = 20_260_601L;

    final Connection connection;
    final LoadLog log;
    final ScaleSettings settings;
    private final Map<String, Long> lastIds = new HashMap<>();

    final List<Long> administrators = new ArrayList<>();
    final List<Long> faculty = new ArrayList<>();
    final List<Long> consultants = new ArrayList<>();
    final List<Long> trainees = new ArrayList<>();
    final List<Long> providers = new ArrayList<>();
    final Map<Long, String> providerCounty = new HashMap<>();
    String administratorEmail;

    ScaleContext(Connection connection, LoadLog log, ScaleSettings settings) {
        this.connection = connection;
        this.log = log;
        this.settings = settings;
    }

    /** A random sequence of its own for each step, so that changing one step leaves the others' rows as they were. */
    Random random(String step) {
        return new Random(SEED ^ step.hashCode());
    }

    long nextId(String table) throws SQLException {
        Long last = lastIds.get(table);
        if (last == null) {
            last = queryLong("select coalesce(max(id), 0) from " + table);
        }
        lastIds.put(table, last + 1);
        return last + 1;
    }

    BulkInsert insert(String table, String... columns) throws SQLException {
        return new BulkInsert(connection, log, table, columns);
    }

    long queryLong(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    List<Long> queryIds(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A day between the two, both included. */
    static LocalDate day(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
