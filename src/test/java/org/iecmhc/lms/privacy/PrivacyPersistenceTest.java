package org.iecmhc.lms.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.RaceEthnicity;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyPersistenceTest {

    private static final String ZOE = "zoe.quillfeather@example.org";
    private static final String BEN = "ben.otherperson@example.org";

    @TempDir
    Path files;

    private TestDatabase db;
    private PrivacyFixture fixture;
    private long zoe;
    private long ben;

    @BeforeEach
    void cohortWithTwoTrainees() {
        db = TestDatabase.migrated();
        fixture = new PrivacyFixture(db, files);
        zoe = fixture.trainee(ZOE, "Zoezanne", "Quillfeather", RaceEthnicity.ASIAN, LanguageBackground.BILINGUAL_SPANISH,
                "Sunflower Family Services", "My reflection on the Quillfeather home visits");
        ben = fixture.trainee(BEN, "Benedikt", "Otherperson", RaceEthnicity.CAUCASIAN, LanguageBackground.ENGLISH_ONLY,
                "Other Agency", "Ben's own reflection");
        fixture.sharedProgram();
        fixture.programRecords(zoe, ZOE, "Zoezanne", "Quillfeather");
        fixture.programRecords(ben, BEN, "Benedikt", "Otherperson");
        fixture.audited(ZOE, "CREATE", "Submission", "1", "assignment 1 by " + ZOE + ": SUBMITTED");
        fixture.audited("admin@example.org", "UPDATE", "TraineeProfile", "1", "profile of " + ZOE);
        fixture.audited(BEN, "CREATE", "Submission", "2", "assignment 1 by " + BEN + ": SUBMITTED");
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theExportHoldsThePersonsDataFromEveryFeatureAndNothingOfAnotherPerson() throws IOException {
        String certificateCode = fixture.complete(zoe);
        DataSubjects.PersonalExport export = fixture.privacy(p -> p.export(zoe));
        JsonObject json = export.json();
        String text = json.toString();

        assertEquals(ZOE, json.getJsonObject("account").getString("email"));
        assertEquals("COMPLETED", json.getJsonObject("cohorts").getJsonArray("enrollments").getJsonObject(0).getString("status"));
        assertEquals("Sunflower Family Services", json.getJsonObject("cohorts").getJsonObject("profile").getString("agency"));
        JsonObject submission = json.getJsonObject("courses").getJsonArray("submissions").getJsonObject(0);
        assertEquals("Thoughtful work, Zoezanne", submission.getString("feedback"));
        assertEquals("My reflection on the Quillfeather home visits",
                submission.getJsonArray("attempts").getJsonObject(0).getString("text"));
        assertEquals(2, json.getJsonArray("auditTrail").size(), "the entry Zoe made and the one naming her");

        JsonArray supervision = json.getJsonObject("supervision").getJsonArray("sessionsAttended");
        assertEquals(List.of("GROUP PRESENT 120 notes 1", "INDIVIDUAL PRESENT 60 notes 1"), supervision.stream()
                .map(JsonValue::asJsonObject).map(i -> i.getString("kind") + " " + i.getString("attendance") + " "
                        + i.getInt("creditedMinutes") + " notes " + i.getInt("confidentialNotes")).toList());
        JsonObject placement = json.getJsonObject("practicum").getJsonArray("placements").getJsonObject(0);
        assertEquals("Little Acorns Center", placement.getString("provider"));
        assertEquals(List.of("OBSERVATION 90 APPROVED Zoezanne observed the toddler room",
                "ACTION_PLANNING 45 RETURNED Plan drafted by Quillfeather"), placement.getJsonArray("log").stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("activity") + " " + e.getInt("minutes") + " "
                        + e.getString("status") + " " + e.getString("note")).toList());
        assertEquals("Please say more, Zoezanne",
                placement.getJsonArray("log").getJsonObject(1).getString("reviewComment"));
        JsonObject practice = json.getJsonObject("communityOfPractice");
        assertEquals("Winter Community of Practice", practice.getJsonArray("memberships").getJsonObject(0).getString("series"));
        assertEquals("PRESENT", practice.getJsonArray("attendance").getJsonObject(0).getString("status"));
        JsonObject evaluations = json.getJsonObject("evaluations");
        JsonObject competency = evaluations.getJsonArray("competencyEvaluations").getJsonObject(0);
        assertEquals("Zoezanne Quillfeather builds trust with providers", competency.getString("narrative"));
        assertEquals("RECOMMENDED", competency.getString("recommendation"));
        assertEquals(5, competency.getJsonArray("ratings").size());
        assertEquals("Foundations", evaluations.getJsonArray("courseEvaluationsAnswered").getJsonObject(0).getString("course"));
        assertFalse(text.contains("More case studies"), "the anonymous answers are nobody's");
        JsonObject certificate = json.getJsonArray("certificates").getJsonObject(0);
        assertEquals(certificateCode, certificate.getString("code"));
        assertEquals("3.00", certificate.getJsonNumber("supervisionHours").bigDecimalValue().toPlainString(),
                "the group and the individual session");
        assertTrue(json.getJsonObject("calendarFeed").getBoolean("exists"));
        assertFalse(text.contains(PrivacyFixture.feedToken("Quillfeather")), "never the working feed address");
        for (String section : List.of("helplineCallsEntered", "openDoorSessionsFacilitated", "supportSeriesFacilitated",
                "consultationAssignments", "calendarFeed")) {
            assertTrue(json.containsKey(section), section);
        }
        assertFalse(text.contains(BEN) || text.contains("Benedikt") || text.contains("Ben's own reflection")
                || text.contains("Other Agency"), text);

        List<String> entries = zipEntries(export);
        assertEquals(List.of("person.json", "files/" + export.uploads().get(0).getId() + "-Quillfeather-reflection.pdf"),
                entries);
    }

    @Test
    void noConfidentialNoteIsInAnyExportNotEvenTheSupervisorsOwn() throws IOException, SQLException {
        long faculty = Long.parseLong(rows("select id from account where email = '" + fixture.facultyEmail + "'").get(0).get(0));
        for (long person : List.of(zoe, ben, faculty)) {
            DataSubjects.PersonalExport export = fixture.privacy(p -> p.export(person));
            String everything = String.join("\n", zipContents(export));
            for (String note : List.of(PrivacyFixture.GROUP_NOTE, PrivacyFixture.individualNote("Zoezanne"),
                    PrivacyFixture.individualNote("Benedikt"), "Confidential:")) {
                assertFalse(everything.contains(note), "account " + person + " export holds " + note);
            }
        }
        JsonObject supervisor = fixture.privacy(p -> p.export(faculty)).json().getJsonObject("supervision");
        assertEquals(List.of(1, 1, 1), supervisor.getJsonArray("sessionsSupervised").stream()
                .map(s -> s.asJsonObject().getInt("confidentialNotes")).toList(), "that the notes exist, no more");
    }

    @Test
    void anonymisingRemovesTheTraineesNotesFeedAndEvaluationReceiptButKeepsTheGroupsRecords() throws SQLException {
        fixture.withdraw(zoe, "Moved away");
        List<Credit> credits = fixture.credits();
        List<Long> answered = fixture.courseEvaluationCounts();

        fixture.privacy(p -> anonymise(p, zoe));

        assertEquals(credits, fixture.credits(), "supervision minutes, CoP meetings, practicum minutes and final"
                + " evaluations count as before for completion and the completion report's medians");
        assertEquals(List.of(2L), answered);
        assertEquals(answered, fixture.courseEvaluationCounts(), "her answers still count");
        assertEquals(List.of(List.of(PrivacyFixture.GROUP_NOTE), List.of(PrivacyFixture.individualNote("Benedikt"))),
                rows("select body from supervision_note order by id"),
                "the note of her individual session is gone; the group's and Ben's stay");
        assertEquals(List.of(List.of("GROUP", "Transitions in care"), Arrays.asList("INDIVIDUAL", null),
                List.of("INDIVIDUAL", "Home visits of Benedikt Otherperson")),
                rows("select kind, topic from supervision_session order by id"));
        assertEquals(0, count("select count(*) from calendar_feed where account_id = " + zoe));
        assertEquals(1, count("select count(*) from calendar_feed where account_id = " + ben));
        assertEquals(0, count("select count(*) from course_evaluation_receipt where trainee_id = " + zoe));
        assertEquals(2, count("select count(*) from course_evaluation_response"));
        assertEquals(List.of(Arrays.asList("Mara Mentor", null)),
                rows("select mentor_name, mentor_contact from practicum_placement p join enrollment e"
                        + " on e.id = p.enrollment_id where e.trainee_id = " + zoe));
        assertEquals(0, count("select count(*) from practicum_log_entry where trainee_id = " + zoe
                + " and (note is not null or review_comment is not null)"));
        assertEquals(0, count("select count(*) from competency_evaluation e join enrollment n on n.id = e.enrollment_id"
                + " where n.trainee_id = " + zoe + " and e.narrative is not null"));
    }

    @Test
    void anAnonymisedHoldersCertificateStillCountsButItsPrintedCodeNoLongerVerifies() throws SQLException {
        String code = fixture.complete(zoe);
        assertTrue(fixture.completion(c -> c.verify(code)).isPresent());
        List<List<String>> issued = rows("select enrollment_id, issued_at, supervision_hours, cop_meetings,"
                + " practicum_hours, courses_passed, final_evaluation from completion_certificate");

        db.inTransaction(em -> {
            Services.on(em, PrivacyFixture.CLOCK).completionPersonalData().anonymise(new DataSubject(zoe, ZOE));
            return null;
        });

        assertTrue(fixture.completion(c -> c.verify(code)).isEmpty(), "the page answers as for an unknown code");
        assertEquals(issued, rows("select enrollment_id, issued_at, supervision_hours, cop_meetings,"
                + " practicum_hours, courses_passed, final_evaluation from completion_certificate"), "completions count as before");
        assertEquals(0, count("select count(*) from completion_certificate where code = '" + code + "'"));
    }

    @Test
    void onlyATraineeWhoWithdrewFromEveryCohortCanBeAnonymised() throws SQLException {
        assertEquals("privacy.anonymise.notWithdrawn", assertThrows(PrivacyRejected.class,
                () -> fixture.privacy(p -> anonymise(p, zoe))).messageKey());
        long faculty = db.inTransaction(em -> em.createQuery("select a.id from Account a where a.email like 'faculty%'",
                Long.class).getSingleResult());
        assertEquals("privacy.anonymise.notOnlyTrainee", assertThrows(PrivacyRejected.class,
                () -> fixture.privacy(p -> anonymise(p, faculty))).messageKey());
        assertEquals(1, count("select count(*) from account where email = '" + ZOE + "'"), "nothing was changed");
    }

    @Test
    void anonymisingKeepsTheFiguresAndLeavesNoTraceOfTheName() throws SQLException, IOException {
        fixture.withdraw(zoe, "Moved to Oregon to care for Quillfeather relatives");
        List<List<String>> figuresBefore = figures();
        try (Stream<Path> stored = Files.list(files)) {
            assertEquals(2, stored.count());
        }

        fixture.privacy(p -> anonymise(p, zoe));

        assertEquals(figuresBefore, figures(), "demographics, enrollments and grades are counted as before");
        for (String identifier : List.of(ZOE, "Zoezanne", "Quillfeather", "Sunflower Family Services", "Oregon",
                PrivacyFixture.individualNote("Zoezanne"), PrivacyFixture.feedToken("Quillfeather"))) {
            assertEquals(List.of(), columnsContaining(identifier), identifier + " is erased everywhere");
        }
        assertFalse(columnsContaining(BEN).isEmpty(), "the other trainee is untouched");
        try (Stream<Path> stored = Files.list(files)) {
            assertEquals(1, stored.count(), "Zoe's uploaded file is gone, Ben's stays");
        }
        assertEquals(0, count("select count(*) from account where id = " + zoe + " and active"), "sign-in is disabled");
        assertEquals(1, count("select count(*) from audit_entry where action = 'ANONYMISE' and entity_type = 'Account'"
                + " and entity_id = '" + zoe + "' and actor = 'admin@example.org'"
                + " and summary = 'anonymised-" + zoe + "@anonymised.invalid'"));
        assertEquals(1, count("select count(*) from audit_entry where actor = 'anonymised-" + zoe + "@anonymised.invalid'"),
                "the entry Zoe made stays, without her name");
    }

    private static Void anonymise(DataSubjects privacy, long accountId) {
        privacy.anonymise(accountId, "admin@example.org");
        return null;
    }

    /**
     * What the reports count: enrollments by cohort and status, demographics by cohort, grades, supervision minutes
     * by trainee and by supervisor, CoP attendance, practicum minutes, competency ratings and recommendations.
     */
    private List<List<String>> figures() throws SQLException {
        List<List<String>> figures = new ArrayList<>();
        figures.addAll(rows("select cohort_id, status, count(*) from enrollment group by cohort_id, status order by 1, 2"));
        figures.addAll(rows("select e.cohort_id, p.race_ethnicity, p.language, count(*) from enrollment e"
                + " join trainee_profile p on p.account_id = e.trainee_id group by 1, 2, 3 order by 1, 2, 3"));
        figures.addAll(rows("select count(*), sum(points), count(distinct trainee_id) from submission"));
        figures.addAll(rows("select role, count(*) from account_role group by role order by role"));
        figures.addAll(rows("select i.trainee_id, i.attendance, count(*), sum(s.duration_minutes) from supervision_invitation i"
                + " join supervision_session s on s.id = i.session_id group by 1, 2 order by 1, 2"));
        figures.addAll(rows("select supervisor_id, kind, count(*), sum(duration_minutes) from supervision_session"
                + " group by 1, 2 order by 1, 2"));
        figures.addAll(rows("select trainee_id, status, count(*) from practice_attendance group by 1, 2 order by 1, 2"));
        figures.addAll(rows("select trainee_id, status, activity, count(*), sum(minutes) from practicum_log_entry"
                + " group by 1, 2, 3 order by 1, 2, 3"));
        figures.addAll(rows("select e.status, e.recommendation, count(distinct e.id), sum(r.rating) from competency_evaluation e"
                + " join competency_rating r on r.evaluation_id = e.id group by 1, 2 order by 1, 2"));
        return figures;
    }

    /** Every text column of every table holding the text, as table.column. */
    private List<String> columnsContaining(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        for (List<String> column : rows("select table_name, column_name from information_schema.columns"
                + " where table_schema = database() and data_type in ('char', 'varchar', 'text', 'mediumtext', 'longtext')")) {
            String sql = "select count(*) from " + column.get(0) + " where lower(" + column.get(1) + ") like lower('%"
                    + text.replace("'", "''") + "%')";
            if (count(sql) > 0) {
                found.add(column.get(0) + "." + column.get(1));
            }
        }
        return found;
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0).get(0));
    }

    private List<List<String>> rows(String sql) throws SQLException {
        return Sql.rows(db.dataSource(), sql);
    }

    /** The text of every entry of the export's ZIP, decompressed. */
    private List<String> zipContents(DataSubjects.PersonalExport export) throws IOException {
        List<String> contents = new ArrayList<>();
        byte[] bytes = db.inTransaction(em -> Services.on(em, PrivacyFixture.CLOCK, files).exportZip().write(export));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                contents.add(entry.getName() + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    private List<String> zipEntries(DataSubjects.PersonalExport export) throws IOException {
        List<String> names = new ArrayList<>();
        byte[] bytes = db.inTransaction(em -> Services.on(em, PrivacyFixture.CLOCK, files).exportZip().write(export));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
