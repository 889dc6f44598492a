package org.iecmhc.lms.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.flywaydb.core.Flyway;
import org.iecmhc.lms.helpline.HelplineTallyRebuild;
import org.iecmhc.lms.platform.persistence.DatabaseSettings;
import org.iecmhc.lms.platform.persistence.SchemaMigration;

/**
 * Fills a MySQL/MariaDB database with a California-scale Network for load tests (docs/performance.md): 58 counties,
 * 10,000 providers, 1,000,000 helpline calls over five fiscal years, Open-Door, Community of Support and
 * consultation records, and 50 cohorts of 40 trainees with a year of records each. The schema comes from the
 * application's own migrations; the rows are written with JDBC batches from a fixed random seed, so two loads of
 * the same factor are identical. Every account signs in with {@link ScaleAccounts#PASSWORD}.
 *
 * <p>Run through Maven: {@code mvn -B -Pscale-data process-test-classes -Dlms.scale.url=jdbc:mysql://127.0.0.1:3306/lms_scale}
 * (optional {@code -Dlms.scale.user}, {@code -Dlms.scale.password}, {@code -Dlms.scale.factor=0.01},
 * {@code -Dlms.scale.replace=true}).
 */
public final class ScaleDataSet {

    /** Filled by the migrations themselves; their rows do not make a database "in use". */
    private static final Set<String> REFERENCE_TABLES = Set.of("flyway_schema_history", "county", "helpline_topic",
            "survey_template", "survey_question");

    private ScaleDataSet() {
    }

    public static void main(String[] args) throws Exception {
        ScaleSettings settings = ScaleSettings.fromSystemProperties();
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        DatabaseSettings.bulkWrites(dataSource);
        load(dataSource, settings);
    }

    static void load(DataSource dataSource, ScaleSettings settings) throws SQLException {
        LoadLog log = new LoadLog();
        log.begin("schema");
        List<String> inUse = tablesWithRecords(dataSource);
        if (!inUse.isEmpty()) {
            if (!settings.replace()) {
                throw new IllegalStateException("The database already holds records (" + String.join(", ", inUse)
                        + "). The loader only fills an empty database; add -Dlms.scale.replace=true to delete"
                        + " everything in it first.");
            }
            System.out.println("[scale] lms.scale.replace=true: deleting every table of the database first");
            Flyway.configure(ScaleDataSet.class.getClassLoader()).dataSource(dataSource).cleanDisabled(false)
                    .locations("classpath:db/migration", "classpath:db/migration-mysql").load().clean();
        }
        int applied = SchemaMigration.migrate(dataSource);
        System.out.printf("[scale]   %d migration(s) applied%n", applied);
        log.end();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ScaleContext context = new ScaleContext(connection, log, settings);
            new ScaleAccounts(context).load();
            new ScaleProviders(context).load();
            new ScaleHelpline(context).load();
            new ScaleOpenDoor(context).load();
            new ScaleSupport(context).load();
            new ScaleConsultation(context).load();
            new ScaleTraining(context).load();
            log.begin("after bulk load");
            afterBulkLoad(connection);
            connection.commit();
            log.end();
        }
        log.summary();
        System.out.printf("[scale] Sign in with any account above and the password %s, e.g. %s (administrator),"
                + " %s (trainee)%n", ScaleAccounts.PASSWORD, ScaleAccounts.administrator(1), ScaleAccounts.trainee(1));
    }

    /**
     * What must follow a load that bypassed the application's services: the tables the bulk load grew get fresh
     * optimizer statistics, so that the first reports do not plan their queries on empty-table estimates, and the
     * helpline's tallies are counted afresh: the bulk load bypassed the services that keep them.
     */
    static void afterBulkLoad(Connection connection) throws SQLException {
        HelplineTallyRebuild.rebuild(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze table helpline_call, helpline_call_topic, provider, account, enrollment,"
                    + " trainee_profile, submission, supervision_invitation, practice_attendance, practicum_log_entry,"
                    + " consultation_assignment, open_door_attendance, support_attendance");
        }
    }

    private static List<String> tablesWithRecords(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = database() and table_type = 'BASE TABLE'")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            List<String> inUse = new ArrayList<>();
            for (String table : tables) {
                if (REFERENCE_TABLES.contains(table.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                try (ResultSet any = statement.executeQuery("select exists (select 1 from `" + table + "`)")) {
                    if (any.next() && any.getBoolean(1)) {
                        inUse.add(table);
                    }
                }
            }
            return inUse;
        }
    }
}
