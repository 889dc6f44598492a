package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.WithoutContainerListeners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database a fresh clone runs on: same migrations, same mappings, and it keeps data across restarts. */
class MigrationsOnH2Test {

    @TempDir
    Path dir;

    @Test
    void migrationsRunOnH2AndRecordsSurviveAReopen() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("lms") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        assertTrue(SchemaMigration.migrate(h2) > 0);

        EntityManagerFactory emf = Persistence.createEntityManagerFactory("lms", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", h2,
                "eclipselink.session.customizer", WithoutContainerListeners.class.getName()));
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        Services.on(em, Clock.systemUTC()).accounts().create(new AccountDetails("h2@example.org",
                "Embedded", "Database", Language.ES, EnumSet.of(Role.TRAINEE)), "long enough password", false);
        em.getTransaction().commit();
        em.close();
        emf.close();

        assertEquals(0, SchemaMigration.migrate(h2), "a second start applies nothing");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select preferred_language from account where email = 'h2@example.org'")) {
            assertTrue(rows.next());
            assertEquals("es", rows.getString(1));
        }
        assertTrue(Files.exists(dir.resolve("lms.mv.db")));
    }
}
