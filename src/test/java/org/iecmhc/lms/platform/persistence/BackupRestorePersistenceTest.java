package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * config/backup.sh and config/restore.sh, run as an operator would: a filled database and files directory are backed
 * up, restored into a new database and directory, and the copy holds the same rows in every table (counts and
 * checksums), the same figures, the audit log's triggers and the same file bytes.
 */
class BackupRestorePersistenceTest {

    @TempDir
    Path work;

    private TestDatabase db;
    private final String restoredName = "lms_test_restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void filledDatabase() throws SQLException, IOException {
        db = TestDatabase.migrated();
        Sql.execute(db.dataSource(), "insert into account (id, email, first_name, last_name, password_hash, created_at) values"
                + " (1, 'maria@example.org', 'María José', 'Núñez Peña', 'x', '2025-08-01 10:00:00'),"
                + " (2, 'james@example.org', 'James', 'Carter', 'x', '2025-08-01 10:00:00'),"
                + " (3, 'rosa@example.org', 'Rosa', 'Martínez', 'x', '2025-08-01 10:00:00')");
        Sql.execute(db.dataSource(), "insert into account_role (account_id, role) values (1, 'TRAINEE'), (2, 'TRAINEE'), (3, 'CONSULTANT')");
        Sql.execute(db.dataSource(), "insert into cohort (id, name, start_date, end_date, language, capacity, status) values"
                + " (1, '2025-2026', '2025-09-01', '2026-06-30', 'BILINGUAL', 30, 'ACTIVE')");
        Sql.execute(db.dataSource(), "insert into enrollment (cohort_id, trainee_id, status, applied_on, withdrawn_on, withdrawal_reason)"
                + " values (1, 1, 'ENROLLED', '2025-08-02', null, null), (1, 2, 'WITHDRAWN', '2025-08-02', '2025-10-01', 'Se mudó')");
        Sql.execute(db.dataSource(), "insert into trainee_profile (account_id, race_ethnicity, language, county_fips, agency) values"
                + " (1, 'HISPANIC_LATINO', 'BILINGUAL_SPANISH', '06037', 'Niños Felices'), (2, 'CAUCASIAN', 'ENGLISH_ONLY', null, null)");
        Sql.execute(db.dataSource(), "insert into helpline_call (received_at, duration_minutes, caller_role, county_fips, language,"
                + " consultation_recommended) values ('2025-10-01 17:00:00', 25, 'PARENT', '06001', 'es', true),"
                + " ('2025-10-02 18:30:00', 10, 'PROVIDER', '06037', 'en', false)");
        Sql.execute(db.dataSource(), "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary) values"
                + " ('2025-08-01 10:00:00.123', 'admin@example.org', 'CREATE', 'Account', '1', 'maria@example.org')");
        Path files = Files.createDirectories(work.resolve("files"));
        Files.write(files.resolve("3f2a9c"), "%PDF-1.4 reflexión".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void drop() throws SQLException {
        Sql.execute(db.dataSource(), "drop database if exists " + restoredName);
        db.close();
    }

    @Test
    void theRestoredDatabaseServesTheSameFigures() throws Exception {
        Path backup = Path.of(run("config/backup.sh", Map.of("LMS_DB_NAME", name(db), "LMS_FILES_DIR",
                work.resolve("files").toString()), work.resolve("backups").toString()).strip());
        assertTrue(Files.exists(backup.resolve("database.sql.gz")) && Files.exists(backup.resolve("SHA256SUMS")));

        run("config/restore.sh", Map.of("LMS_DB_NAME", restoredName, "LMS_FILES_DIR",
                work.resolve("restored-files").toString()), backup.toString());

        Map<String, List<String>> original = everyTable(name(db));
        assertEquals(original, everyTable(restoredName));
        assertTrue(original.size() >= 20, "every table of the schema is compared: " + original.keySet());
        assertEquals(figures(name(db)), figures(restoredName));
        assertEquals(List.of(List.of("María José", "Núñez Peña")),
                rows("select first_name, last_name from " + restoredName + ".account where id = 1"), "UTF-8 survives");
        assertEquals(List.of(List.of("2")), rows("select count(*) from information_schema.triggers"
                + " where trigger_schema = '" + restoredName + "' and event_object_table = 'audit_entry'"));
        assertArrayEquals(Files.readAllBytes(work.resolve("files/3f2a9c")),
                Files.readAllBytes(work.resolve("restored-files/3f2a9c")));
    }

    @Test
    void restoreNeverOverwritesADatabaseAndBackupKeepsTheNewestOnly() throws Exception {
        Map<String, String> settings = Map.of("LMS_DB_NAME", name(db), "LMS_FILES_DIR", work.resolve("files").toString(),
                "LMS_BACKUP_KEEP", "1");
        String first = run("config/backup.sh", settings, work.resolve("backups").toString()).strip();
        Thread.sleep(1100);
        String second = run("config/backup.sh", settings, work.resolve("backups").toString()).strip();
        assertNotEquals(first, second);
        try (Stream<Path> kept = Files.list(work.resolve("backups"))) {
            assertEquals(List.of(Path.of(second)), kept.toList());
        }

        Process refused = process("config/restore.sh", Map.of("LMS_DB_NAME", name(db), "LMS_FILES_DIR",
                work.resolve("elsewhere").toString()), second);
        assertEquals(1, refused.waitFor());
        assertTrue(new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("already exists"));
    }

    /** Each table's row count and checksum. */
    private Map<String, List<String>> everyTable(String schema) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        for (List<String> table : rows("select table_name from information_schema.tables where table_schema = '" + schema
                + "' and table_type = 'BASE TABLE'")) {
            String qualified = schema + "." + table.get(0);
            String count = rows("select count(*) from " + qualified).get(0).get(0);
            String checksum = rows("checksum table " + qualified).get(0).get(1);
            tables.put(table.get(0), List.of(count, checksum));
        }
        return tables;
    }

    /** What the reports count: enrollments by status, demographics, helpline calls and minutes. */
    private List<List<String>> figures(String schema) throws SQLException {
        List<List<String>> figures = new ArrayList<>();
        figures.addAll(rows("select status, count(*) from " + schema + ".enrollment group by status order by status"));
        figures.addAll(rows("select race_ethnicity, language, count(*) from " + schema + ".trainee_profile"
                + " group by race_ethnicity, language order by 1, 2"));
        figures.addAll(rows("select count(*), sum(duration_minutes), sum(consultation_recommended) from " + schema
                + ".helpline_call"));
        return figures;
    }

    private String run(String script, Map<String, String> settings, String argument) throws IOException, InterruptedException {
        Process process = process(script, settings, argument);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), script + " failed: " + output);
        return output.lines().reduce((a, b) -> b).orElse("");
    }

    private Process process(String script, Map<String, String> settings, String argument) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", script, argument).redirectErrorStream(true);
        builder.environment().putAll(settings);
        builder.environment().put("LMS_DB_HOST", System.getProperty("lms.test.db.host", "127.0.0.1"));
        builder.environment().put("LMS_DB_PORT", System.getProperty("lms.test.db.port", "3306"));
        builder.environment().put("LMS_DB_USER", db.user());
        builder.environment().put("LMS_DB_PASSWORD", db.password());
        return builder.start();
    }

    private static String name(TestDatabase database) {
        String url = database.jdbcUrl();
        return url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    }

    private List<List<String>> rows(String sql) throws SQLException {
        return Sql.rows(db.dataSource(), sql);
    }
}
