package org.iecmhc.lms.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the application starts, before any request is served,
 * then announces {@link DatabaseReady} so that features can seed what they need.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int applied = migrate(dataSource);
        LOG.info(() -> "Database schema is current; " + applied + " migration(s) applied at start-up");
        ready.fire(new DatabaseReady());
    }

    public static int migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * The shared migrations, and for MySQL/MariaDB also those written in their own SQL only (the audit log's
     * triggers). Connector/J calls MariaDB "MySQL" too; H2 calls itself "H2".
     */
    private static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            return h2 ? new String[] {"classpath:db/migration"}
                    : new String[] {"classpath:db/migration", "classpath:db/migration-mysql"};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
