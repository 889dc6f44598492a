package org.iecmhc.lms.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.iecmhc.lms.platform.persistence.DatabaseSettings;
import org.iecmhc.lms.platform.persistence.SchemaMigration;

/**
 * A database of its own on the MariaDB/MySQL server the tests are given (127.0.0.1:3306 by default), created
 * empty, migrated by Flyway like production, and dropped on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final MysqlDataSource dataSource;
    private final StatementCounter statements = new StatementCounter();
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(String name) {
        this.name = name;
        this.dataSource = dataSource(name);
    }

    /** An empty database, migrated to the current schema. */
    public static TestDatabase migrated() {
        TestDatabase database = empty();
        SchemaMigration.migrate(database.dataSource);
        return database;
    }

    /** An empty database with no schema: the application under test migrates it itself. */
    public static TestDatabase empty() {
        String name = "lms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(dataSource(""), "create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new TestDatabase(name);
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + name + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    public String user() {
        return System.getProperty("lms.test.db.user", "root");
    }

    public String password() {
        return System.getProperty("lms.test.db.password", "");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Counts what the persistence unit's EntityManagers send to the database (not what {@link #dataSource()} sends). */
    public StatementCounter statements() {
        return statements;
    }

    /** The application's persistence unit outside the container, with local transactions. */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.nonJtaDataSource", statements.counting(dataSource));
            properties.put("eclipselink.session.customizer", WithoutContainerListeners.class.getName());
            entityManagerFactory = Persistence.createEntityManagerFactory("lms", properties);
        }
        return entityManagerFactory;
    }

    /** Runs the work in one committed transaction, as a container would around a service method. */
    public <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        execute(dataSource(""), "drop database if exists " + name);
    }

    private static MysqlDataSource dataSource(String database) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL("jdbc:mysql://" + host() + ":" + port() + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true");
        ds.setUser(System.getProperty("lms.test.db.user", "root"));
        ds.setPassword(System.getProperty("lms.test.db.password", ""));
        DatabaseSettings.rewriteBatches(ds);
        return ds;
    }

    private static String host() {
        return System.getProperty("lms.test.db.host", "127.0.0.1");
    }

    private static String port() {
        return System.getProperty("lms.test.db.port", "3306");
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection connection = ds.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the test database server", e);
        }
    }
}
