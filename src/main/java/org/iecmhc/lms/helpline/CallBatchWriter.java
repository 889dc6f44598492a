package org.iecmhc.lms.helpline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.iecmhc.lms.platform.persistence.LoadDataRow;
import org.iecmhc.lms.platform.persistence.MemoryLoad;

/**
 * Stores many calls on the caller's connection and transaction, and their tallies once for all of them. An import
 * of a hundred thousand calls through the entity manager would track every entity; here memory stays flat. MySQL
 * and MariaDB load the calls and their topics in bulk where the server allows it ({@link MemoryLoad}), several
 * times faster than multi-row inserts; elsewhere (H2, {@code local_infile} off) they receive JDBC batches.
 */
final class CallBatchWriter {

    private static final int BATCH = 1000;
    private static final String CALL_COLUMNS = "received_at, duration_minutes, caller_role, caller_key, provider_id,"
            + " county_fips, language, consultation_recommended, referrals, follow_up_needed, outside_hours";
    private static final String INSERT_CALL = "insert into helpline_call (" + CALL_COLUMNS + ", version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String INSERT_TOPIC = "insert into helpline_call_topic (call_id, topic_id) values (?, ?)";

    private CallBatchWriter() {
    }

    static int insert(Connection connection, List<CallRecord> calls) throws SQLException {
        TallyChange change = new TallyChange();
        Optional<MemoryLoad> bulk = MemoryLoad.on(connection).filter(MemoryLoad::givesConsecutiveKeys);
        if (bulk.isPresent()) {
            load(bulk.get(), calls, change);
        } else {
            insertInBatches(connection, calls, change);
        }
        HelplineTallies.apply(change, TallySql.on(connection));
        return calls.size();
    }

    /**
     * The calls in one load, then their topics in another, each call's row with the key its call got. Each call is
     * added to the tallies as its row is written, while the database stores the rows written before it: the sums
     * then take next to no time of their own.
     */
    private static void load(MemoryLoad bulk, List<CallRecord> calls, TallyChange change) throws SQLException {
        MemoryLoad.GeneratedKeys ids = bulk.loadGeneratingKeys("helpline_call",
                "(" + CALL_COLUMNS + ") set version = 1", calls, (call, row) -> {
                    change.add(TalliedCall.of(call));
                    write(call, row);
                });
        bulk.load("helpline_call_topic", "(call_id, topic_id)", IntStream.range(0, calls.size()).boxed().toList(),
                (index, row) -> {
                    for (Long topic : calls.get(index).topicIds()) {
                        row.number(ids.of(index)).number(topic).end();
                    }
                });
    }

    private static void write(CallRecord call, LoadDataRow row) {
        row.dateTime(call.receivedAtUtc()).number(call.durationMinutes()).text(call.callerRole().name())
                .text(call.callerKey()).number(call.providerId()).text(call.countyFips()).text(call.language().name())
                .flag(call.consultationRecommended()).text(call.referrals()).flag(call.followUpNeeded())
                .flag(HelplineHours.isOutside(call.receivedAtUtc())).end();
    }

    private static void insertInBatches(Connection connection, List<CallRecord> calls, TallyChange change)
            throws SQLException {
        try (PreparedStatement callInsert = connection.prepareStatement(INSERT_CALL, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement topicInsert = connection.prepareStatement(INSERT_TOPIC)) {
            for (int start = 0; start < calls.size(); start += BATCH) {
                List<CallRecord> chunk = calls.subList(start, Math.min(calls.size(), start + BATCH));
                for (CallRecord call : chunk) {
                    change.add(TalliedCall.of(call));
                    bind(callInsert, call);
                    callInsert.addBatch();
                }
                callInsert.executeBatch();
                try (ResultSet keys = callInsert.getGeneratedKeys()) {
                    for (CallRecord call : chunk) {
                        if (!keys.next()) {
                            throw new SQLException("The database returned fewer ids than calls inserted");
                        }
                        long id = keys.getLong(1);
                        for (Long topic : call.topicIds()) {
                            topicInsert.setLong(1, id);
                            topicInsert.setLong(2, topic);
                            topicInsert.addBatch();
                        }
                    }
                }
                topicInsert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, CallRecord call) throws SQLException {
        insert.setTimestamp(1, Timestamp.valueOf(call.receivedAtUtc()));
        insert.setInt(2, call.durationMinutes());
        insert.setString(3, call.callerRole().name());
        insert.setString(4, call.callerKey());
        if (call.providerId() == null) {
            insert.setNull(5, Types.BIGINT);
        } else {
            insert.setLong(5, call.providerId());
        }
        insert.setString(6, call.countyFips());
        insert.setString(7, call.language().name());
        insert.setBoolean(8, call.consultationRecommended());
        insert.setString(9, call.referrals());
        insert.setBoolean(10, call.followUpNeeded());
        insert.setBoolean(11, HelplineHours.isOutside(call.receivedAtUtc()));
    }
}
