package org.iecmhc.lms.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own on the MariaDB/MySQL server the tests are given (127.0.0.1:3306 by default), created
 * empty, migrated by Flyway like production (or a copy of such a database), and dropped on {@link #close()}. A
 * test class that wants a fresh database for each test declares it as
 * {@code @RegisterExtension final TestDatabase db = TestDatabase.migrated();}: it is dropped after each test.
 */
public final class TestDatabase implements AutoCloseable, AfterEachCallback {

    private final String name;
    private final MysqlDataSource dataSource;
    private final StatementCounter statements = new StatementCounter();
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(String name) {
        this.name = name;
        this.dataSource = dataSource(name);
    }

    /**
     * An empty database, migrated to the current schema: a copy of the schema Flyway made once in this JVM (tables,
     * their rows, triggers). A Flyway run of every migration cost seconds, and the persistence tests ask for a
     * migrated database some sixty times a run.
     */
    public static TestDatabase migrated() {
        TestDatabase database = empty();
        Template.migrated().copyInto(database.name);
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
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        execute(dataSource(""), "drop database if exists " + name);
    }

    /**
     * A new database with this one's tables, their rows as they are now and its triggers, dropped when closed: for an
     * instance to start from data another has made, instead of making it again.
     */
    public TestDatabase copy() {
        TestDatabase copy = empty();
        try {
            Template.of(name).copyInto(copy.name);
        } catch (RuntimeException failed) {
            copy.close();
            throw failed;
        }
        return copy;
    }

    /**
     * A database's tables as MariaDB shows them (foreign keys to tables of the same database name no database), the
     * copies of the rows of those that have any (their columns but the generated ones, which MariaDB computes), and
     * its triggers: the statements that make it again in another database.
     */
    private record Template(String name, List<String> tables, List<String> rowCopies, List<String> triggers) {

        /** The database Flyway migrated for this JVM, dropped when the JVM ends. */
        private static Template migrated;

        static synchronized Template migrated() {
            if (migrated == null) {
                TestDatabase database = empty();
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
                SchemaMigration.migrate(database.dataSource);
                migrated = of(database.name);
            }
            return migrated;
        }

        static Template of(String database) {
            List<String> tables = new ArrayList<>();
            List<String> rowCopies = new ArrayList<>();
            List<String> triggers = new ArrayList<>();
            try (Connection connection = dataSource(database).getConnection(); Statement statement = connection.createStatement()) {
                for (String table : column(statement, "select table_name from information_schema.tables where table_schema = '"
                        + database + "' and table_type = 'BASE TABLE' order by table_name", 1)) {
                    tables.add(column(statement, "show create table `" + table + "`", 2).get(0));
                    if (!column(statement, "select 1 from `" + table + "` limit 1", 1).isEmpty()) {
                        String columns = String.join(", ", column(statement, "select concat('`', column_name, '`')"
                                + " from information_schema.columns where table_schema = '" + database + "' and table_name = '"
                                + table + "' and extra not in ('VIRTUAL GENERATED', 'STORED GENERATED') order by ordinal_position", 1));
                        rowCopies.add("insert into `" + table + "` (" + columns + ") select " + columns + " from `" + database
                                + "`.`" + table + "`");
                    }
                }
                for (String trigger : column(statement, "select trigger_name from information_schema.triggers where trigger_schema = '"
                        + database + "' order by action_order", 1)) {
                    triggers.add(column(statement, "show create trigger `" + trigger + "`", 3).get(0));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the database " + database + " to copy it", e);
            }
            return new Template(database, tables, rowCopies, triggers);
        }

        void copyInto(String target) {
            try (Connection connection = dataSource(target).getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("set foreign_key_checks = 0");
                for (String table : tables) {
                    statement.execute(table);
                }
                for (String rows : rowCopies) {
                    statement.execute(rows);
                }
                for (String trigger : triggers) {
                    statement.execute(trigger);
                }
                statement.execute("set foreign_key_checks = 1");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not copy the database " + name + " into " + target, e);
            }
        }

        private static List<String> column(Statement statement, String query, int column) throws SQLException {
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    values.add(rows.getString(column));
                }
            }
            return values;
        }
    }

    private static MysqlDataSource dataSource(String database) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL("jdbc:mysql://" + host() + ":" + port() + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true");
        ds.setUser(System.getProperty("lms.test.db.user", "root"));
        ds.setPassword(System.getProperty("lms.test.db.password", ""));
        DatabaseSettings.bulkWrites(ds);
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
