package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Assignments' due times on the calendars of the cohort's trainees and of the course's faculty, against MariaDB. */
class CourseCalendarPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T20:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static TestDatabase db;
    private static CourseFixture fixture;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, CLOCK, Path.of("target", "test-files"));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void dueTimesAreOnTheTraineesAndTheFacultysCalendarsForTheDaysAskedInCalifornia() {
        Account fay = fixture.person("fay.cal@example.org", Role.FACULTY);
        Account gus = fixture.person("gus.cal@example.org", Role.FACULTY);
        Account ann = fixture.person("ann.cal@example.org", Role.TRAINEE);
        Account ben = fixture.person("ben.cal@example.org", Role.TRAINEE);
        Account applicant = fixture.person("applicant.cal@example.org", Role.TRAINEE);
        Cohort anns = fixture.cohort("Calendar cohort A");
        Cohort bens = fixture.cohort("Calendar cohort B");
        fixture.enrol(anns, ann);
        fixture.enrol(bens, ben);
        db.inTransaction(em -> {
            em.persist(new Enrollment(em.find(Cohort.class, anns.getId()), em.find(Account.class, applicant.getId()),
                    EnrollmentStatus.APPLIED, LocalDate.of(2025, 9, 1)));
            return null;
        });
        Course taught = fixture.course(anns, "Foundations", fay);
        Course untaught = fixture.course(anns, "Self-study", null);
        Course other = fixture.course(bens, "Other cohort's course", gus);
        // 17:00 on March 9 in California (daylight saving time by then) is midnight starting March 10 in UTC.
        Assignment essay = fixture.pointsAssignment(taught, "Essay", 10, LocalDateTime.of(2026, 3, 10, 0, 0));
        Assignment reading = fixture.pointsAssignment(untaught, "Reading", 5, LocalDateTime.of(2026, 3, 9, 20, 0));
        Assignment later = fixture.pointsAssignment(taught, "Journal", 10, LocalDateTime.of(2026, 3, 10, 20, 0));
        fixture.pointsAssignment(other, "Not Ann's", 10, LocalDateTime.of(2026, 3, 9, 18, 0));

        assertEquals(List.of(
                        CalendarEntry.timed("assignment-due-" + reading.getId() + "@iecmhc-lms", CalendarKind.ASSIGNMENT_DUE,
                                "Due: Reading (Self-study)", LocalDateTime.of(2026, 3, 9, 13, 0), 0,
                                "/course/assignment.xhtml?id=" + reading.getId()),
                        CalendarEntry.timed("assignment-due-" + essay.getId() + "@iecmhc-lms", CalendarKind.ASSIGNMENT_DUE,
                                "Due: Essay (Foundations)", LocalDateTime.of(2026, 3, 9, 17, 0), 0,
                                "/course/assignment.xhtml?id=" + essay.getId())),
                entries(ann, MARCH_9, MARCH_9), "a course without faculty still counts; the next day's journal stays out");
        assertEquals(List.of("Fecha de entrega: Journal (Foundations)"), entries(ann, Locale.forLanguageTag("es"),
                MARCH_9.plusDays(1), MARCH_9.plusDays(1)).stream().map(CalendarEntry::title).toList());

        List<CalendarEntry> fays = entries(fay, MARCH_9, MARCH_9.plusDays(1));
        assertEquals(List.of("assignment-due-" + essay.getId() + "@iecmhc-lms", "assignment-due-" + later.getId() + "@iecmhc-lms"),
                fays.stream().map(CalendarEntry::uid).toList(), "only the courses she teaches");
        assertEquals("/course/view.xhtml?id=" + taught.getId(), fays.get(0).page());

        assertEquals(List.of("Due: Not Ann's (Other cohort's course)"),
                entries(ben, MARCH_9, MARCH_9).stream().map(CalendarEntry::title).toList(), "no other cohort's work");
        assertEquals(List.of(), entries(applicant, MARCH_9, MARCH_9), "an applicant is not in the cohort yet");
    }

    private static List<CalendarEntry> entries(Account person, LocalDate from, LocalDate to) {
        return entries(person, Locale.ENGLISH, from, to);
    }

    private static List<CalendarEntry> entries(Account person, Locale locale, LocalDate from, LocalDate to) {
        return db.inTransaction(em -> Services.on(em, CLOCK).personalCalendar().entries(person.getId(), locale, from, to));
    }
}
