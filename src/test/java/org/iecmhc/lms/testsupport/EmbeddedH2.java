package org.iecmhc.lms.testsupport;

import java.util.Map;
import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.iecmhc.lms.platform.persistence.SchemaMigration;

/**
 * The default embedded database, H2 in MySQL mode, for tests that run plain SQL written for MariaDB there too: the
 * statements a fresh clone's server would send.
 */
public final class EmbeddedH2 {

    private EmbeddedH2() {
    }

    /** A database in memory under the name, kept while the JVM runs, migrated as production is. */
    public static DataSource migrated(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(h2);
        return h2;
    }

    /** The application's persistence unit on the database, with local transactions, as {@link TestDatabase}'s. */
    public static EntityManagerFactory entityManagerFactory(DataSource h2) {
        return Persistence.createEntityManagerFactory("lms", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL", "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", h2,
                "eclipselink.session.customizer", WithoutContainerListeners.class.getName()));
    }
}
