package org.iecmhc.lms.helpline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The statements the tallies need, on whatever holds the caller's transaction: the entity manager of a service
 * method, or the JDBC connection an import writes its batches on.
 */
interface TallySql {

    /** Runs the statement once per row of parameters. */
    void batch(String sql, List<Object[]> rows) throws SQLException;

    /**
     * Inserts the rows into the columns the insert names, with the update for a row whose key the table holds, in
     * multi-row statements of {@code perStatement} rows: the database parses each once, and the driver has far less
     * to do than for as many rows of a batch. Answers the rows each statement affected.
     */
    long[] insert(String insert, String onDuplicate, List<Object[]> rows, int perStatement) throws SQLException;

    List<Object[]> rows(String sql, List<?> parameters) throws SQLException;

    /** So many parameter marks, separated by commas. */
    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The statement that inserts so many rows of so many values. */
    static String values(String insert, String onDuplicate, int rows, int columns) {
        String row = "(" + marks(columns) + ")";
        return insert + " values " + String.join(", ", Collections.nCopies(rows, row)) + " on duplicate key update "
                + onDuplicate;
    }

    /** The rows that go in each statement of {@link #insert}. */
    static List<List<Object[]>> chunks(List<Object[]> rows, int perStatement) {
        List<List<Object[]>> chunks = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += perStatement) {
            chunks.add(rows.subList(start, Math.min(rows.size(), start + perStatement)));
        }
        return chunks;
    }

    static TallySql on(Connection connection) {
        return new TallySql() {
            @Override
            public void batch(String sql, List<Object[]> rows) throws SQLException {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (Object[] row : rows) {
                        bind(statement, List.of(row));
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }

            /** Full statements share one prepared statement, whose text Connector/J parses once. */
            @Override
            public long[] insert(String insert, String onDuplicate, List<Object[]> rows, int perStatement)
                    throws SQLException {
                List<List<Object[]>> chunks = chunks(rows, perStatement);
                long[] affected = new long[chunks.size()];
                PreparedStatement full = null;
                try {
                    for (int i = 0; i < chunks.size(); i++) {
                        List<Object[]> chunk = chunks.get(i);
                        int columns = chunk.get(0).length;
                        if (chunk.size() == perStatement) {
                            if (full == null) {
                                full = connection.prepareStatement(values(insert, onDuplicate, perStatement, columns));
                            }
                            affected[i] = execute(full, chunk);
                        } else {
                            try (PreparedStatement last = connection.prepareStatement(
                                    values(insert, onDuplicate, chunk.size(), columns))) {
                                affected[i] = execute(last, chunk);
                            }
                        }
                    }
                } finally {
                    if (full != null) {
                        full.close();
                    }
                }
                return affected;
            }

            @Override
            public List<Object[]> rows(String sql, List<?> parameters) throws SQLException {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    bind(statement, parameters);
                    try (ResultSet result = statement.executeQuery()) {
                        List<Object[]> rows = new ArrayList<>();
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            Object[] row = new Object[columns];
                            for (int i = 0; i < columns; i++) {
                                row[i] = result.getObject(i + 1);
                            }
                            rows.add(row);
                        }
                        return rows;
                    }
                }
            }

            private static long execute(PreparedStatement statement, List<Object[]> rows) throws SQLException {
                int index = 1;
                for (Object[] row : rows) {
                    for (Object value : row) {
                        statement.setObject(index++, value);
                    }
                }
                return statement.executeLargeUpdate();
            }

            private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
            }
        };
    }

    static TallySql on(EntityManager em) {
        return new TallySql() {
            @Override
            public void batch(String sql, List<Object[]> rows) {
                for (Object[] row : rows) {
                    bind(em.createNativeQuery(sql), List.of(row)).executeUpdate();
                }
            }

            @Override
            public long[] insert(String insert, String onDuplicate, List<Object[]> rows, int perStatement) {
                List<List<Object[]>> chunks = chunks(rows, perStatement);
                long[] affected = new long[chunks.size()];
                for (int i = 0; i < chunks.size(); i++) {
                    List<Object[]> chunk = chunks.get(i);
                    List<Object> parameters = new ArrayList<>();
                    chunk.forEach(row -> parameters.addAll(Arrays.asList(row)));
                    affected[i] = bind(em.createNativeQuery(values(insert, onDuplicate, chunk.size(),
                            chunk.get(0).length)), parameters).executeUpdate();
                }
                return affected;
            }

            @Override
            public List<Object[]> rows(String sql, List<?> parameters) {
                List<Object[]> rows = new ArrayList<>();
                for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
                    rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
                }
                return rows;
            }

            private static Query bind(Query query, List<?> parameters) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setParameter(i + 1, parameters.get(i));
                }
                return query;
            }
        };
    }
}
