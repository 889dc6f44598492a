package org.iecmhc.lms.community;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Faculty run a Community of Practice series: start it in their cohort, schedule six monthly meetings, take
 * attendance (in Spanish), remove a meeting; the trainee then sees one more meeting attended.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class PracticeBrowserIT {

    private static final String MARIA = "María López";
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    private final LocalDate first = LocalDate.now(PacificTime.ZONE).minusMonths(2);
    private int attendedBefore;
    private String seriesUrl;

    @Test
    void facultyScheduleAndTakeAttendanceAndTheTraineeSeesTheMeetingAttended() {
        step("María's attended meetings are counted", () -> {
            attendedBefore = attendedAsMaria();
            browser.signOut();
        });
        step("faculty start a series in their cohort", () -> {
            browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-practice");
            browser.waitForText(By.id("practiceList:table_data"), "Reflective practice circle");
            browser.click("practiceList:start");
            browser.choose("series:cohort", DemoYears.now().currentName());
            browser.type("series:title", "Spring circle");
            browser.click("series:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The series was saved.");
            seriesUrl = browser.driver().getCurrentUrl();
            browser.waitForText(By.id("meetings:table_data"), "No meeting is scheduled yet");
        });
        step("six monthly meetings are scheduled once the length is within a day", () -> {
            browser.typeDate("monthly:date", first.toString());
            browser.press(Keys.ESCAPE);
            browser.type("monthly:time", "17:30");
            browser.type("monthly:minutes", "1441");
            browser.click("monthly:submit");
            assertTrue(browser.messageAt("monthly:minutes").contains("from 1 to 1440 minutes"));
            browser.type("monthly:minutes", "90");
            browser.click("monthly:submit");
            browser.waitForText(By.cssSelector(".ui-growl"), "Six monthly meetings were scheduled.");
            browser.until(d -> d.findElements(By.cssSelector("[id='meetings:table_data'] > tr")).size() == 6);
            assertEquals(first.plusMonths(5).toString(), browser.waitFor(By.id("meetings:table:5:date_input")).getAttribute("value"));
            assertEquals("90", browser.waitFor(By.id("meetings:table:5:minutes")).getAttribute("value"));
        });
        step("attendance of a meeting still to come is refused, in Spanish", () -> {
            browser.useSpanish();
            chooseMeeting(first.plusMonths(4) + " 17:30 PT");
            browser.check(statusOf(MARIA) + ":0");
            browser.click("attendance:saveAttendance");
            assertTrue(browser.messageAt("attendance:meeting").contains("esta reunión aún no ocurre"));
        });
        step("attendance of the first meeting is saved", () -> {
            chooseMeeting(first + " 17:30 PT");
            browser.check(statusOf(MARIA) + ":0");
            browser.check(statusOf("James Carter") + ":1");
            browser.click("attendance:saveAttendance");
            browser.waitForText(By.cssSelector(".ui-growl"), "La asistencia fue guardada.");
            Axe.assertNoBlockingViolations(browser, "Community of Practice series with its attendance grid, in Spanish");
        });
        step("the last meeting is removed after confirmation", () -> {
            browser.click("meetings:table:5:remove");
            browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "También se quita la asistencia");
            browser.confirm();
            browser.waitForText(By.cssSelector(".ui-growl"), "La reunión fue quitada.");
            browser.until(d -> d.findElements(By.cssSelector("[id='meetings:table_data'] > tr")).size() == 5);
        });
        step("the saved attendance is kept", () -> {
            browser.driver().get(seriesUrl);
            chooseMeeting(first + " 17:30 PT");
            assertTrue(browser.driver().findElement(By.id(statusOf(MARIA) + ":0")).isSelected(), "María kept as present");
            assertTrue(browser.driver().findElement(By.id(statusOf("James Carter") + ":1")).isSelected(), "James kept as absent");
            browser.signOut();
        });
        step("María sees one more meeting attended", () -> {
            assertEquals(attendedBefore + 1, attendedAsMaria());
            browser.waitForText(By.id("meetings_data"), "Spring circle");
            Axe.assertNoBlockingViolations(browser, "a trainee's Community of Practice");
            browser.signOut();
        });
        step("faculty of the same cohort run the series too", () -> {
            WebSession otherFaculty = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
            String id = seriesUrl.substring(seriesUrl.indexOf("id=") + 3);
            assertTrue(otherFaculty.get("/community/series.xhtml?id=" + id).body().contains("id=\"series:title\""),
                    "faculty of the same cohort run its series too");
        });
    }

    /**
     * The import page is shown and a file previewed, not stored: imported attendance would change the demo trainees'
     * credits that other tests read (MeetingHistoryPersistenceTest stores files).
     */
    @Test
    void anAdministratorPreviewsPastMeetingsAndABadFileIsRefusedLineByLineInBothLanguages(@TempDir Path dir)
            throws IOException {
        String sample = Files.readString(Path.of("docs/samples/cop-meetings.csv"))
                .replace("2026-2027", DemoYears.now().currentName());
        Path bad = Files.writeString(dir.resolve("bad.csv"), String.join(",", PracticeHistoryReader.COLUMNS) + "\n"
                + "Nowhere,Circle," + DemoPerson.FACULTY.email() + ",2026-09-17,17:30,90,,,\n");
        Path good = Files.writeString(dir.resolve("cop-meetings.csv"), sample);
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-practice");
        browser.click("practiceList:importHistory");
        browser.waitForText(By.id("columns"), "cohort,series,facilitator_email,held_on");
        browser.upload("import:file", bad);
        browser.waitForText(By.id("import:problems"), "Line 2: cohort \"Nowhere\" is not the name of a cohort.");
        assertTrue(browser.driver().findElements(By.id("import:importAll")).isEmpty(), "a bad file cannot be imported");

        browser.useSpanish();
        browser.open("/community/import.xhtml");
        browser.waitForText(By.cssSelector("h1"), "Importar reuniones anteriores");
        browser.upload("import:file", good);
        browser.waitForText(By.id("import-summary"), "5 líneas listas para importar");
        assertEquals(5, browser.driver().findElements(By.cssSelector("[id='import:rows_data'] > tr")).size());
        browser.waitForText(By.id("import:rows_data"), "Presente");
        assertTrue(browser.driver().findElements(By.id("import:importAll")).size() == 1, "a clean file can be imported");
        browser.useEnglish();
        browser.signOut();
    }

    /** María's own page, in Spanish: the number of meetings she attended. */
    private static int attendedAsMaria() {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-my-practice");
        browser.waitForText(By.id("attended"), "Reuniones asistidas: ");
        return Integer.parseInt(browser.text(By.id("attended")).replace("Reuniones asistidas: ", "").trim());
    }

    /** Picks a meeting for the attendance grid and waits until the grid shown is that meeting's. */
    private static void chooseMeeting(String label) {
        WebElement grid = browser.waitFor(By.id("attendance:grid"));
        browser.choose("attendance:meeting", label);
        browser.until(ExpectedConditions.stalenessOf(grid));
        browser.waitForText(By.id("attendance:grid_data"), MARIA);
    }

    /** The id of the attendance choice of the trainee with this name, wherever the grid lists them. */
    private static String statusOf(String name) {
        return browser.until(driver -> driver.findElements(By.cssSelector("[id='attendance:grid_data'] > tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst()
                .map(row -> "attendance:grid:" + row.getAttribute("data-ri") + ":status").orElse(null));
    }
}
