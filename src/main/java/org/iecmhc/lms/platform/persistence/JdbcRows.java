package org.iecmhc.lms.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.JNDIConnector;

/**
 * Plain SQL read straight through JDBC on the connection EclipseLink would use, for a statement of thousands of rows:
 * EclipseLink's native query makes a record of each row and reads each column through its platform, which on the
 * completion board's credits (about 1,800 rows) cost as much as the driver's reading itself (issue 17). Inside the
 * entity manager's transaction the statement goes on the transaction's connection, so that it sees what the
 * transaction wrote; outside one on a connection of the persistence unit's data source, as EclipseLink's own reads
 * outside a transaction do, so it costs no statement more.
 */
public final class JdbcRows {

    private JdbcRows() {
    }

    /**
     * The rows, each column as the driver's {@code getObject} gives it, as {@link SqlRead#rows} gives them; empty when
     * the persistence unit has no data source to lend a connection (then the caller reads through the entity manager).
     */
    public static Optional<List<Object[]>> read(EntityManager em, String sql, List<?> parameters) {
        try {
            if (em.isJoinedToTransaction()) {
                Connection transactions = em.unwrap(Connection.class);
                if (transactions != null) {
                    return Optional.of(read(transactions, sql, parameters));
                }
            }
            if (em.unwrap(JpaEntityManager.class).getServerSession().getLogin().getConnector()
                    instanceof JNDIConnector connector && connector.getDataSource() != null) {
                DataSource dataSource = connector.getDataSource();
                try (Connection connection = dataSource.getConnection()) {
                    return Optional.of(read(connection, sql, parameters));
                }
            }
            return Optional.empty();
        } catch (SQLException failed) {
            throw new PersistenceException(failed);
        }
    }

    private static List<Object[]> read(Connection connection, String sql, List<?> parameters) throws SQLException {
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
                return rows;
            }
        }
    }
}
