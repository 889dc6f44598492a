package org.iecmhc.lms.helpline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    /** Runs the statement once and answers the rows it affected. */
    long update(String sql, List<?> parameters) throws SQLException;

    List<Object[]> rows(String sql, List<?> parameters) throws SQLException;

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

            @Override
            public long update(String sql, List<?> parameters) throws SQLException {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    bind(statement, parameters);
                    return statement.executeLargeUpdate();
                }
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
                    update(sql, List.of(row));
                }
            }

            @Override
            public long update(String sql, List<?> parameters) {
                return bind(em.createNativeQuery(sql), parameters).executeUpdate();
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
