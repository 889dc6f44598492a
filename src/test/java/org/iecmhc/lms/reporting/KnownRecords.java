package org.iecmhc.lms.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;

import org.iecmhc.lms.helpline.HelplineTallyRebuild;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Known records of every service and of the training program, written straight into the tables so that each
 * report figure can be worked out by hand (see the comments of the tests using it). The helpline tallies are
 * rebuilt from the calls afterwards, as after any bulk load.
 */
final class KnownRecords {

    private final Connection connection;
    private int registrations;

    private KnownRecords(Connection connection) {
        this.connection = connection;
    }

    static void write(DataSource database, Work work) {
        try (Connection connection = database.getConnection()) {
            work.on(new KnownRecords(connection));
            HelplineTallyRebuild.rebuild(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Work {
        void on(KnownRecords records) throws SQLException;
    }

    long account(String email) throws SQLException {
        return insert("insert into account (email, first_name, last_name, password_hash, created_at)"
                + " values (?, 'First', 'Last', 'x', ?)", email, LocalDateTime.of(2023, 1, 1, 0, 0));
    }

    long provider(String name, String countyFips) throws SQLException {
        return insert("insert into provider (name, kind, county_fips) values (?, 'CENTER_BASED', ?)", name, countyFips);
    }

    /** A call received at this Pacific time, stored in UTC as the application stores it. */
    void call(LocalDateTime pacific, int minutes, String callerKey, String countyFips, boolean recommended) throws SQLException {
        insert("insert into helpline_call (received_at, duration_minutes, caller_role, caller_key, county_fips, language,"
                + " consultation_recommended) values (?, ?, 'CENTER_STAFF', ?, ?, 'EN', ?)",
                PacificTime.toUtc(pacific), minutes, callerKey, countyFips, recommended);
    }

    /** An assignment whose provider gave the answer (if any) themselves. */
    void assignment(long consultant, long provider, LocalDate startOn, int children, int staff, Boolean worthwhile)
            throws SQLException {
        assignment(consultant, provider, startOn, children, staff, worthwhile, ownAnswer(worthwhile));
    }

    void assignment(long consultant, long provider, LocalDate startOn, int children, int staff, Boolean worthwhile,
                    String answeredBy) throws SQLException {
        insert("insert into consultation_assignment (consultant_id, provider_id, level, modality, start_on, status,"
                + " children_benefiting, staff_influenced, worthwhile, answered_by)"
                + " values (?, ?, 'CLASSROOM', 'ON_SITE', ?, 'ACTIVE', ?, ?, ?, ?)",
                consultant, provider, startOn, children, staff, worthwhile, answeredBy);
    }

    long series(long facilitator, String language, LocalDate startsOn) throws SQLException {
        return insert("insert into support_series (title, language, facilitator_id, starts_on) values ('Series', ?, ?, ?)",
                language, facilitator, startsOn);
    }

    /** A Community of Practice for providers: a series of the other kind. */
    long providerPractice(long facilitator, String language, LocalDate startsOn) throws SQLException {
        return insert("insert into support_series (title, language, facilitator_id, starts_on, kind)"
                + " values ('Practice', ?, ?, ?, 'PROVIDER_PRACTICE')", language, facilitator, startsOn);
    }

    /** An enrollment whose provider gave the answer (if any) themselves. */
    void supportEnrollment(long series, long provider, Boolean highlyValuable) throws SQLException {
        supportEnrollment(series, provider, highlyValuable, ownAnswer(highlyValuable));
    }

    void supportEnrollment(long series, long provider, Boolean highlyValuable, String answeredBy) throws SQLException {
        insert("insert into support_enrollment (series_id, provider_id, highly_valuable, answered_by) values (?, ?, ?, ?)",
                series, provider, highlyValuable, answeredBy);
    }

    long openDoorSession(long facilitator, LocalDate heldOn) throws SQLException {
        return insert("insert into open_door_session (held_on, title, language, facilitator_id) values (?, 'Open door', 'EN', ?)",
                heldOn, facilitator);
    }

    /** An attendance whose provider gave the rating (if any) themselves. */
    void openDoorAttendance(long session, long provider, Boolean worthwhile) throws SQLException {
        openDoorAttendance(session, provider, worthwhile, ownAnswer(worthwhile));
    }

    void openDoorAttendance(long session, long provider, Boolean worthwhile, String answeredBy) throws SQLException {
        insert("insert into open_door_attendance (session_id, provider_id, worthwhile, answered_by) values (?, ?, ?, ?)",
                session, provider, worthwhile, answeredBy);
    }

    /** A webinar starting at this Pacific time, stored in UTC as the application stores it. */
    long webinar(long facilitator, LocalDateTime pacific) throws SQLException {
        return insert("insert into webinar (title, topic, language, facilitator_id, starts_at, duration_minutes)"
                + " values ('Webinar', 'Topic', 'EN', ?, ?, 60)", facilitator, PacificTime.toUtc(pacific));
    }

    /** A registration from Fresno for a webinar in this state (CONFIRMED, WAITING, AWAITING_CONFIRMATION, CANCELLED). */
    long webinarRegistration(long webinar, String state) throws SQLException {
        long number = ++registrations;
        return insert("insert into offering_registration (public_id, secret, offering_kind, offering_id, name, email,"
                + " program, county_fips, role, language, state, registered_at)"
                + " values (?, 'x', 'webinar', ?, 'Registrant', ?, 'Program', '06019', 'OTHER', 'EN', ?, ?)",
                "known" + number, webinar, "registrant" + number + "@example.org", state, LocalDateTime.of(2023, 1, 1, 0, 0));
    }

    /** An attendance whose registrant gave the answer (if any) themselves. */
    void webinarAttendance(long webinar, long registration, Boolean worthwhile) throws SQLException {
        webinarAttendance(webinar, registration, worthwhile, ownAnswer(worthwhile));
    }

    void webinarAttendance(long webinar, long registration, Boolean worthwhile, String answeredBy) throws SQLException {
        insert("insert into webinar_attendance (webinar_id, registration_id, worthwhile, answered_by) values (?, ?, ?, ?)",
                webinar, registration, worthwhile, answeredBy);
    }

    private static String ownAnswer(Boolean rating) {
        return rating == null ? null : "PARTICIPANT";
    }

    long cohort(String name, LocalDate start) throws SQLException {
        return insert("insert into cohort (name, start_date, end_date, language, capacity, status) values (?, ?, ?, 'EN', 30, 'ACTIVE')",
                name, start, start.plusMonths(10));
    }

    long enrollment(long cohort, long trainee, String status, LocalDate appliedOn, LocalDate enrolledOn, LocalDate endedOn)
            throws SQLException {
        return insert("insert into enrollment (cohort_id, trainee_id, status, applied_on, enrolled_on, ended_on)"
                + " values (?, ?, ?, ?, ?, ?)", cohort, trainee, status, appliedOn, enrolledOn, endedOn);
    }

    void profile(long trainee, String raceEthnicity, String language) throws SQLException {
        insert("insert into trainee_profile (account_id, race_ethnicity, language) values (?, ?, ?)",
                trainee, raceEthnicity, language);
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
