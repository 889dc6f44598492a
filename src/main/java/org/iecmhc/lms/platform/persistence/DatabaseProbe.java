package org.iecmhc.lms.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers, for a failure whose exception chain does not say (a commit that failed
 * may reach the application as a bare rollback). Only called after something failed; bounded by the pool's and the
 * driver's timeouts.
 */
public final class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    private DatabaseProbe() {
    }

    public static boolean isUnreachable() {
        try (Connection connection = ((DataSource) new InitialContext().lookup("java:app/jdbc/lms")).getConnection()) {
            return !connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return true;
        } catch (NamingException e) {
            return false;
        }
    }
}
