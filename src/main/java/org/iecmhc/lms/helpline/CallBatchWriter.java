package org.iecmhc.lms.helpline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Stores many calls with JDBC batches on the caller's connection and transaction, and their tallies once for the
 * whole batch. An import of a hundred thousand calls through the entity manager would track every entity; here
 * memory stays flat and the database receives multi-row inserts.
 */
final class CallBatchWriter {

    private static final int BATCH = 1000;
    private static final String INSERT_CALL = "insert into helpline_call (received_at, duration_minutes, caller_role,"
            + " caller_key, provider_id, county_fips, language, consultation_recommended, referrals, follow_up_needed,"
            + " outside_hours, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String INSERT_TOPIC = "insert into helpline_call_topic (call_id, topic_id) values (?, ?)";

    private CallBatchWriter() {
    }

    static int insert(Connection connection, List<CallRecord> calls) throws SQLException {
        TallyChange change = new TallyChange();
        try (PreparedStatement callInsert = connection.prepareStatement(INSERT_CALL, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement topicInsert = connection.prepareStatement(INSERT_TOPIC)) {
            for (int start = 0; start < calls.size(); start += BATCH) {
                List<CallRecord> chunk = calls.subList(start, Math.min(calls.size(), start + BATCH));
                for (CallRecord call : chunk) {
                    bind(callInsert, call);
                    callInsert.addBatch();
                    change.add(TalliedCall.of(call));
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
        HelplineTallies.apply(change, TallySql.on(connection));
        return calls.size();
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
