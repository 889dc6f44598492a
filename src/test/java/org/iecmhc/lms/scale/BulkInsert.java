package org.iecmhc.lms.scale;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One table's rows sent in JDBC batches (Connector/J rewrites each batch into multi-row inserts) and committed
 * batch by batch, so that a million rows never sit in one transaction or in memory.
 */
final class BulkInsert implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final Connection connection;
    private final PreparedStatement statement;
    private final String table;
    private final LoadLog log;
    private final java.util.List<BulkInsert> referenced = new java.util.ArrayList<>();
    private int pending;
    private long rows;
    private int column;

    BulkInsert(Connection connection, LoadLog log, String table, String... columns) throws SQLException {
        this.connection = connection;
        this.log = log;
        this.table = table;
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        this.statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + placeholders + ")");
    }

    /**
     * Rows of this table refer to rows of those: their pending rows are sent first, so that the foreign keys the
     * database checks always find their row.
     */
    BulkInsert after(BulkInsert... tables) {
        referenced.addAll(java.util.List.of(tables));
        return this;
    }

    /** The values of one row, in the order of the columns; null for SQL null. */
    void row(Object... values) throws SQLException {
        column = 0;
        for (Object value : values) {
            set(value);
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void set(Object value) throws SQLException {
        int index = ++column;
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof LocalDateTime time) {
            statement.setTimestamp(index, Timestamp.valueOf(time));
        } else if (value instanceof LocalDate day) {
            statement.setDate(index, Date.valueOf(day));
        } else if (value instanceof LocalTime time) {
            statement.setTime(index, Time.valueOf(time));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(index, number);
        } else {
            statement.setObject(index, value);
        }
    }

    private void flush() throws SQLException {
        for (BulkInsert table : referenced) {
            table.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
        log.rows(table, rows);
    }
}
