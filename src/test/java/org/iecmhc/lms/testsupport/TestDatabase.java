package org.iecmhc.lms.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * empty, migrated by Flyway like production (or a copy of such a database), and gone on {@link #close()}. A
 * test class that wants a fresh database for each test declares it as
 * {@code @RegisterExtension final TestDatabase db = TestDatabase.migrated();}: it is closed after each test.
 */
public final class TestDatabase implements AutoCloseable, AfterEachCallback {

    private final String name;
    private final MysqlDataSource dataSource;
    private final StatementCounter statements;
    private EntityManagerFactory entityManagerFactory;
    /** Whether {@link #close()} may give it back to {@link Reusable} rather than drop it: a migrated one. */
    private final boolean reusable;
    private boolean closed;

    private TestDatabase(String name, boolean reusable) {
        this(name, dataSource(name), new StatementCounter(), null, reusable);
    }

    private TestDatabase(String name, MysqlDataSource dataSource, StatementCounter statements,
            EntityManagerFactory entityManagerFactory, boolean reusable) {
        this.name = name;
        this.dataSource = dataSource;
        this.statements = statements;
        this.entityManagerFactory = entityManagerFactory;
        this.reusable = reusable;
    }

    /**
     * An empty database, migrated to the current schema: one a test of this JVM closed and that was emptied back to
     * the migrated rows, or else a copy of the schema Flyway made once in this JVM (tables, their rows, triggers). A
     * Flyway run of every migration cost seconds, and creating and dropping the ninety tables of a copy cost one to
     * two seconds more of MariaDB's file work (more under load), well over a hundred times a run.
     */
    public static TestDatabase migrated() {
        TestDatabase kept = Reusable.take();
        if (kept != null) {
            return kept;
        }
        TestDatabase database = empty(true);
        Template.migrated().copyInto(database.name);
        return database;
    }

    /** An empty database with no schema: the application under test migrates it itself. */
    public static TestDatabase empty() {
        return empty(false);
    }

    private static TestDatabase empty(boolean reusable) {
        String name = "lms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(dataSource(""), "create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new TestDatabase(name, reusable);
    }

    /** The database's name on the server the tests are given. */
    public String name() {
        return name;
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

    /**
     * Drops the database, or gives a migrated one back for a later {@link #migrated()} once it holds the migrated rows
     * again; closing twice does nothing more.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (reusable && Reusable.giveBack(this)) {
            return;
        }
        drop();
    }

    private void drop() {
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
        TestDatabase copy = empty(false);
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
    private record Template(String name, List<String> tables, List<String> rowCopies, List<String> triggers,
            String shape) {

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
                return new Template(database, tables, rowCopies, triggers, shape(statement, database));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the database " + database + " to copy it", e);
            }
        }

        /**
         * What a test could change of a database besides its rows, in one value: its tables' columns and next
         * generated ids, and its triggers.
         */
        static String shape(Statement statement, String database) throws SQLException {
            String in = " where table_schema = '" + database + "'";
            return column(statement, "select concat((select group_concat(table_name, ':', column_name, ':', column_type,"
                    + " ':', is_nullable order by table_name, ordinal_position) from information_schema.columns" + in
                    + "), '|', (select group_concat(table_name, ':', coalesce(auto_increment, 0) order by table_name)"
                    + " from information_schema.tables" + in + "), '|', (select coalesce(group_concat(trigger_name"
                    + " order by trigger_name), '') from information_schema.triggers where trigger_schema = '" + database
                    + "'))", 1).get(0);
        }

        /**
         * Empties the target, a copy of this template, back to this template's rows and next generated ids; false
         * when the target's tables, columns or triggers are no longer this template's, so that it must be dropped.
         */
        boolean resetInto(String target) {
            try (Connection connection = dataSource(target).getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("set foreign_key_checks = 0");
                for (String table : column(statement, "select table_name from information_schema.tables where table_schema = '"
                        + target + "' and table_type = 'BASE TABLE'", 1)) {
                    statement.addBatch("delete from `" + table + "`");
                }
                statement.executeBatch();
                for (String rows : rowCopies) {
                    statement.execute(rows);
                }
                List<String> nextIds = column(statement, "select concat('alter table `', t.table_name, '` auto_increment = ',"
                        + " m.auto_increment) from information_schema.tables t join information_schema.tables m"
                        + " on m.table_name = t.table_name and m.table_schema = '" + name + "' where t.table_schema = '"
                        + target + "' and t.auto_increment <> m.auto_increment", 1);
                for (String nextId : nextIds) {
                    statement.execute(nextId);
                }
                statement.execute("set foreign_key_checks = 1");
                return shape(statement, target).equals(shape);
            } catch (SQLException e) {
                // One that could not be emptied is dropped instead, as every database was before.
                return false;
            }
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

    /**
     * The migrated databases this JVM's tests have closed, emptied back to the migrated rows, each with its persistence
     * unit (its shared cache emptied): emptying the few tables a test wrote to costs a fraction of creating and
     * dropping every table, and the unit is not deployed again. The last are dropped when the JVM ends.
     */
    private static final class Reusable {

        private static final Deque<TestDatabase> KEPT = new ArrayDeque<>();
        private static boolean dropAtExit;

        static synchronized TestDatabase take() {
            TestDatabase kept = KEPT.poll();
            return kept == null ? null
                    : new TestDatabase(kept.name, kept.dataSource, kept.statements, kept.entityManagerFactory, true);
        }

        static boolean giveBack(TestDatabase database) {
            if (database.entityManagerFactory != null && !database.entityManagerFactory.isOpen()) {
                return false;
            }
            if (!Template.migrated().resetInto(database.name)) {
                return false;
            }
            if (database.entityManagerFactory != null) {
                database.entityManagerFactory.getCache().evictAll();
            }
            database.statements.forget();
            synchronized (Reusable.class) {
                KEPT.push(database);
                if (!dropAtExit) {
                    dropAtExit = true;
                    Runtime.getRuntime().addShutdownHook(new Thread(Reusable::dropAll));
                }
            }
            return true;
        }

        private static synchronized void dropAll() {
            KEPT.forEach(TestDatabase::drop);
            KEPT.clear();
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

    static String host() {
        return System.getProperty("lms.test.db.host", "127.0.0.1");
    }

    static String port() {
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
