package org.iecmhc.lms.platform.persistence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;

/**
 * MySQL's and MariaDB's bulk path, {@code LOAD DATA LOCAL INFILE}, fed from rows the application writes as the
 * server reads them, never from a file: the server stores such rows several times faster than the same rows sent
 * as multi-row INSERTs (docs/performance.md, issue 17). Used on the caller's connection and transaction.
 * <p>
 * Only where it can work: Connector/J, a connection that announced local data when it connected (the pool's
 * {@code allowLoadLocalInfileInPath}, {@link DatabaseSettings#bulkWrites}) and a server with {@code local_infile}
 * on. With {@code allowLoadLocalInfile} on, Connector/J answers the server's request for a file with that file of
 * this machine unless a stream is set; {@link #load} turns it on only for its own statement, with its own stream,
 * and takes both back (docs/security.md, "Local data for imports").
 */
public final class MemoryLoad {

    private final Connection connection;
    private final RuntimeProperty<Boolean> allowed;
    private final boolean consecutiveKeys;
    private final long keyStep;

    private MemoryLoad(Connection connection, RuntimeProperty<Boolean> allowed, boolean consecutiveKeys, long keyStep) {
        this.connection = connection;
        this.allowed = allowed;
        this.consecutiveKeys = consecutiveKeys;
        this.keyStep = keyStep;
    }

    /** The bulk path on this connection, or empty where it is not available (H2, local data off on either side). */
    public static Optional<MemoryLoad> on(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return Optional.empty();
        }
        PropertySet properties = connection.unwrap(JdbcConnection.class).getPropertySet();
        RuntimeProperty<Boolean> allowed = properties.getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        boolean announced = allowed.getValue()
                || properties.getStringProperty(PropertyKey.allowLoadLocalInfileInPath).isExplicitlySet();
        if (!announced) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
             ResultSet server = statement.executeQuery(
                     "select @@local_infile, @@innodb_autoinc_lock_mode, @@auto_increment_increment")) {
            server.next();
            if (!server.getBoolean(1)) {
                return Optional.empty();
            }
            return Optional.of(new MemoryLoad(connection, allowed, server.getInt(2) < 2, server.getLong(3)));
        }
    }

    /**
     * Whether the rows of one load get consecutive generated keys. InnoDB holds the table's AUTO-INC lock for the
     * whole of a {@code LOAD DATA} statement in lock modes 0 and 1 (MariaDB's default); in mode 2 (MySQL 8's
     * default, Galera) other statements' rows may take keys between this one's.
     */
    public boolean givesConsecutiveKeys() {
        return consecutiveKeys;
    }

    /**
     * Loads the rows the writer writes for each item into the table's columns (a column list, optionally followed by
     * a {@code set} clause), all of them or none: fails when the server stored fewer rows or warned about any, since
     * for a local load it skips a row it refuses (a duplicate key, a missing foreign key) or cuts a value to fit.
     */
    public <T> void load(String table, String columns, Iterable<T> items, BiConsumer<? super T, LoadDataRow> writer)
            throws SQLException {
        LoadDataRow rows = new LoadDataRow();
        boolean allowedBefore = allowed.getValue();
        try (Statement statement = connection.createStatement()) {
            JdbcStatement mysql = statement.unwrap(JdbcStatement.class);
            mysql.setLocalInfileInputStream(new RowStream<>(items.iterator(), writer, rows));
            allowed.setValue(true);
            try {
                long stored = statement.executeUpdate("load data local infile 'memory' into table " + table
                        + " character set utf8mb4 " + columns);
                SQLWarning warning = statement.getWarnings();
                if (warning != null) {
                    throw new SQLException("The database refused a row loaded into " + table + ": "
                            + warning.getMessage());
                }
                if (stored != rows.rows()) {
                    throw new SQLException("The database stored " + stored + " of " + rows.rows()
                            + " rows loaded into " + table);
                }
            } finally {
                allowed.setValue(allowedBefore);
                mysql.setLocalInfileInputStream(null);
            }
        }
    }

    /** Loads one row per item, as {@link #load}, and gives the keys the database generated for them. */
    public <T> GeneratedKeys loadGeneratingKeys(String table, String columns, Iterable<T> items,
                                                BiConsumer<? super T, LoadDataRow> writer) throws SQLException {
        if (!consecutiveKeys) {
            throw new IllegalStateException(
                    "The keys of a load are not consecutive on this server (innodb_autoinc_lock_mode 2)");
        }
        load(table, columns, items, writer);
        try (Statement statement = connection.createStatement();
             ResultSet first = statement.executeQuery("select last_insert_id()")) {
            first.next();
            return new GeneratedKeys(first.getLong(1), keyStep);
        }
    }

    /** The keys of one load's rows: the first row's, then one step ({@code auto_increment_increment}) apart. */
    public record GeneratedKeys(long first, long step) {

        public long of(int row) {
            return first + row * step;
        }
    }

    /** The rows, written in chunks as Connector/J reads them, so that their text never sits in memory whole. */
    private static final class RowStream<T> extends InputStream {

        private static final int CHUNK = 64 * 1024;

        private final Iterator<T> items;
        private final BiConsumer<? super T, LoadDataRow> writer;
        private final LoadDataRow rows;
        private byte[] chunk = new byte[0];
        private int position;

        RowStream(Iterator<T> items, BiConsumer<? super T, LoadDataRow> writer, LoadDataRow rows) {
            this.items = items;
            this.writer = writer;
            this.rows = rows;
        }

        @Override
        public int read() {
            return fill() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            return count;
        }

        /** Whether bytes are left to read, writing the next items' rows when the chunk is used up. */
        private boolean fill() {
            while (position == chunk.length) {
                if (!items.hasNext()) {
                    return false;
                }
                while (items.hasNext() && rows.pending() < CHUNK) {
                    writer.accept(items.next(), rows);
                }
                chunk = rows.take().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }
    }
}
