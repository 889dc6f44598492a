package org.iecmhc.lms.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.RaceEthnicity;
import org.iecmhc.lms.platform.files.FileStore;
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
        PrivacyService.PersonalExport export = fixture.privacy(p -> p.export(zoe));
        JsonObject json = export.json();
        String text = json.toString();

        assertEquals(ZOE, json.getJsonObject("account").getString("email"));
        assertEquals("ENROLLED", json.getJsonObject("cohorts").getJsonArray("enrollments").getJsonObject(0).getString("status"));
        assertEquals("Sunflower Family Services", json.getJsonObject("cohorts").getJsonObject("profile").getString("agency"));
        JsonObject submission = json.getJsonObject("courses").getJsonArray("submissions").getJsonObject(0);
        assertEquals("Thoughtful work, Zoezanne", submission.getString("feedback"));
        assertEquals("My reflection on the Quillfeather home visits",
                submission.getJsonArray("attempts").getJsonObject(0).getString("text"));
        assertEquals(2, json.getJsonArray("auditTrail").size(), "the entry Zoe made and the one naming her");
        for (String section : List.of("helplineCallsEntered", "openDoorSessionsFacilitated", "supportSeriesFacilitated",
                "consultationAssignments")) {
            assertTrue(json.containsKey(section), section);
        }
        assertFalse(text.contains(BEN) || text.contains("Benedikt") || text.contains("Ben's own reflection")
                || text.contains("Other Agency"), text);

        List<String> entries = zipEntries(export);
        assertEquals(List.of("person.json", "files/" + export.uploads().get(0).getId() + "-Quillfeather-reflection.pdf"),
                entries);
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
        for (String identifier : List.of(ZOE, "Zoezanne", "Quillfeather", "Sunflower Family Services", "Oregon")) {
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

    private static Void anonymise(PrivacyService privacy, long accountId) {
        privacy.anonymise(accountId, "admin@example.org");
        return null;
    }

    /** What the reports count: enrollments by cohort and status, demographics by cohort, grades. */
    private List<List<String>> figures() throws SQLException {
        List<List<String>> figures = new ArrayList<>();
        figures.addAll(rows("select cohort_id, status, count(*) from enrollment group by cohort_id, status order by 1, 2"));
        figures.addAll(rows("select e.cohort_id, p.race_ethnicity, p.language, count(*) from enrollment e"
                + " join trainee_profile p on p.account_id = e.trainee_id group by 1, 2, 3 order by 1, 2, 3"));
        figures.addAll(rows("select count(*), sum(points), count(distinct trainee_id) from submission"));
        figures.addAll(rows("select role, count(*) from account_role group by role order by role"));
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

    private List<String> zipEntries(PrivacyService.PersonalExport export) throws IOException {
        List<String> names = new ArrayList<>();
        byte[] bytes = db.inTransaction(em -> new PersonalExportZip(new FileStore(em, PrivacyFixture.CLOCK, files.toString()))
                .write(export));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
