package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.iecmhc.lms.platform.persistence.SchemaMigration;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** V52 flags the calls stored on a California state holiday as outside hours, the holiday counted in Pacific days. */
class HolidayHoursMigrationPersistenceTest {

    @Test
    void callsStoredOnAHolidayBecomeOutsideHoursAndTheEveningBeforeStaysAsItWas() throws SQLException {
        TestDatabase db = TestDatabase.empty();
        try {
            // A database of the migration before V52, whichever that is; V52 then runs with the calls in, as on an upgrade.
            FluentConfiguration upgrade = Flyway.configure(getClass().getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:db/migration", "classpath:db/migration-mysql");
            MigrationVersion before = Arrays.stream(upgrade.load().info().all()).map(MigrationInfo::getVersion)
                    .filter(version -> version.compareTo(MigrationVersion.fromVersion("52")) < 0)
                    .max(MigrationVersion::compareTo).orElseThrow();
            upgrade.target(before).load().migrate();
            Sql.execute(db.dataSource(), "insert into helpline_call (id, received_at, duration_minutes, caller_role,"
                    + " county_fips, language, outside_hours) values"
                    + " (1, '2025-11-27 18:00:00', 20, 'CENTER_STAFF', '06019', 'EN', false),"
                    + " (2, '2025-11-26 18:00:00', 20, 'CENTER_STAFF', '06019', 'EN', false),"
                    + " (3, '2027-07-05 17:00:00', 20, 'CENTER_STAFF', '06019', 'EN', false),"
                    + " (4, '2025-11-27 07:30:00', 20, 'CENTER_STAFF', '06019', 'EN', false)");

            SchemaMigration.migrate(db.dataSource());

            assertEquals(List.of(List.of("1", "1"), List.of("2", "0"), List.of("3", "1"), List.of("4", "0")),
                    Sql.rows(db.dataSource(), "select id, outside_hours from helpline_call order by id"),
                    "Thanksgiving and Monday July 5, 2027 (Independence Day observed) are closed; 11:30 p.m. Pacific"
                            + " the evening before Thanksgiving is still November 26");
        } finally {
            db.close();
        }
    }
}
