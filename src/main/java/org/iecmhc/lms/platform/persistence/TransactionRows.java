package org.iecmhc.lms.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Plain SQL read straight through the JDBC connection of the entity manager's transaction, for a statement of
 * thousands of rows: EclipseLink's native query makes a record of each row and reads each column through its
 * platform, which on the completion board's credits (about 1,800 rows) cost more than the driver's reading itself
 * (issue 17). The same statement on the same connection, so it is counted, isolated and rolled back as the
 * transaction's others.
 */
public final class TransactionRows {

    private TransactionRows() {
    }

    /**
     * The rows, each column as the driver's {@code getObject} gives it, as {@link SqlRead#rows} gives them; empty
     * outside a transaction, where the entity manager lends no connection.
     */
    public static Optional<List<Object[]>> read(EntityManager em, String sql, List<?> parameters) {
        if (!em.isJoinedToTransaction()) {
            return Optional.empty();
        }
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int position = 1;
            for (Object parameter : parameters) {
                statement.setObject(position++, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int column = 0; column < columns; column++) {
                        row[column] = result.getObject(column + 1);
                    }
                    rows.add(row);
                }
                return Optional.of(rows);
            }
        } catch (SQLException failed) {
            throw new PersistenceException(failed);
        }
    }
}
