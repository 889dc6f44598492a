package org.iecmhc.lms.practicum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.iecmhc.lms.completion.CompletionBrowserIT;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A practicum log entry from logging to approval: María (demo trainee, in Spanish) logs time on her placement, the
 * cohort's faculty member returns it with a comment, María corrects it, the faculty member approves it, and María's
 * approved total and the practicum progress bar on her home page grow by the entry's hour, and only once it is
 * approved. Each step is its own method so the checks between the steps stay readable.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class PracticumBrowserIT {

    /** The stable ids of the trainee's totals on /practicum/log.xhtml. */
    static final By APPROVED_HOURS = By.id("approvedHours");
    static final By PENDING_HOURS = By.id("pendingHours");

    private static final String NOTE = "Observé la hora del círculo en el salón de preescolar.";
    private static final String COMMENT = "Please say which classroom and what you observed.";
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1);
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void anEntryLoggedReturnedCorrectedAndApprovedCountsInTheApprovedTotalAndMovesTheProgressBar() {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        BigDecimal barBefore = practicumBar();
        browser.signOut();
        BigDecimal approvedBefore = traineeLogsAnEntryInSpanish();
        facultyReturnsTheEntryWithAComment();
        traineeSeesTheCommentAndCorrectsTheEntry();
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        assertEquals(barBefore, practicumBar(), "an entry awaiting approval does not count yet");
        browser.signOut();
        facultyApprovesTheEntry();
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        assertEquals(barBefore.add(BigDecimal.ONE), practicumBar(), "the approved hour moves the bar on the home page");
        browser.click("nav-practicum-log");
        assertEquals(approvedBefore.add(BigDecimal.ONE), hours(APPROVED_HOURS), "the corrected hour now counts");
        assertEquals("Aprobada", rowOfTheEntry().findElement(By.cssSelector("[id$=':status']")).getText());
        browser.signOut();
    }

    @Test
    void aTraineeOpensOnlyTheirOwnLogWhateverIdTheyTry() {
        WebSession james = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        int opened = 0;
        for (int id = 1; id <= 12; id++) {
            int status = james.get("/practicum/log.xhtml?placement=" + id).statusCode();
            assertTrue(status == 200 || status == 404, "placement " + id + " answered " + status);
            opened += status == 200 ? 1 : 0;
        }
        assertEquals(1, opened, "James has one placement among the demo's, and reaches no other");
    }

    @Test
    void practicumPagesHaveNoBlockingAccessibilityProblem() {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-practicum-log");
        browser.waitFor(By.id("log:table"));
        Axe.assertNoBlockingViolations(browser, "practicum log in Spanish");
        browser.signOut();

        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-practicum-placements");
        browser.waitFor(By.id("placements:table"));
        Axe.assertNoBlockingViolations(browser, "practicum placements");
        browser.click("placements:new");
        browser.waitFor(By.id("placement:mentorName"));
        Axe.assertNoBlockingViolations(browser, "placement form");
        browser.click("nav-practicum-review");
        browser.waitFor(By.id("review:table"));
        Axe.assertNoBlockingViolations(browser, "practicum review queue");
        browser.signOut();
    }

    /** María logs 45 minutes in Spanish; bad minutes and an overlap are refused next to their field, nothing lost. */
    private static BigDecimal traineeLogsAnEntryInSpanish() {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-practicum-log");
        BigDecimal approved = hours(APPROVED_HOURS);
        BigDecimal pending = hours(PENDING_HOURS);
        browser.typeDate("entry:loggedOn", DAY.toString());
        browser.type("entry:startsAt", "19:00");
        browser.type("entry:minutes", "0");
        browser.choose("entry:activity", "Observación");
        browser.type("entry:note", NOTE);
        browser.click("entry:save");
        assertTrue(browser.messageAt("entry:minutes").contains("Escriba entre 1 y 1440 minutos"));
        assertEquals(DAY.toString(), browser.waitFor(By.id("entry:loggedOn_input")).getAttribute("value"), "what was typed is kept");
        assertEquals(NOTE, browser.waitFor(By.id("entry:note")).getAttribute("value"));
        browser.type("entry:minutes", "45");
        browser.click("entry:save");
        browser.waitForText(By.id("log:table_data"), NOTE);
        browser.waitForText(PENDING_HOURS, pending.add(new BigDecimal("0.75")).toPlainString());

        browser.typeDate("entry:loggedOn", DAY.toString());
        browser.type("entry:startsAt", "19:30");
        browser.type("entry:minutes", "30");
        browser.choose("entry:activity", "Planificación de acciones");
        browser.click("entry:save");
        assertTrue(browser.messageAt("entry:startsAt").contains("se superpone"));
        browser.signOut();
        return approved;
    }

    private static void facultyReturnsTheEntryWithAComment() {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-practicum-review");
        browser.choose("review:cohort", DemoYears.now().currentName());
        browser.waitForText(By.id("review:table_data"), NOTE);
        theQueueNarrowsToADayAndATrainee();
        reviewButton("return").click();
        browser.waitFor(By.id("giveBack:comment"));
        browser.click("giveBack:confirm");
        assertTrue(browser.messageAt("giveBack:comment").contains("Write the trainee a comment"));
        browser.type("giveBack:comment", COMMENT);
        browser.click("giveBack:confirm");
        browser.waitForText(By.cssSelector(".ui-growl"), "The entry was returned to the trainee.");
        assertEquals(1, shown("The entry was returned to the trainee."), "the success once, not in every message area");
        browser.type("review:trainee", "Carter");
        browser.until(d -> shown("The entry was returned to the trainee.") == 0);
        browser.signOut();
    }

    private static void traineeSeesTheCommentAndCorrectsTheEntry() {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-practicum-log");
        assertEquals(COMMENT, rowOfTheEntry().findElement(By.cssSelector("[id$=':comment']")).getText());
        assertEquals("Devuelta", rowOfTheEntry().findElement(By.cssSelector("[id$=':status']")).getText());
        rowOfTheEntry().findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.until(d -> "45".equals(d.findElement(By.id("entry:minutes")).getAttribute("value")));
        browser.type("entry:minutes", "60");
        browser.type("entry:note", NOTE + " Salón de los Girasoles.");
        browser.click("entry:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "La entrada fue corregida");
        assertEquals("Enviada", rowOfTheEntry().findElement(By.cssSelector("[id$=':status']")).getText());
        browser.signOut();
    }

    private static void facultyApprovesTheEntry() {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.click("nav-practicum-review");
        browser.waitForText(By.id("review:table_data"), "Salón de los Girasoles");
        browser.click("review:approveSelected");
        browser.waitForText(By.id("review:messages"), "Select the entries to approve first.");
        reviewRow().findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.click("review:approveSelected");
        browser.waitForText(By.cssSelector(".ui-growl"), "One entry was approved.");
        assertEquals(1, shown("One entry was approved."));
        browser.signOut();
    }

    /** María's entry of the day is there with the day and part of her name, and gone with James's name. */
    private static void theQueueNarrowsToADayAndATrainee() {
        browser.typeDate("review:day", DAY.toString());
        browser.press(Keys.TAB);
        browser.until(d -> d.findElements(By.xpath("//tbody[@id='review:table_data']/tr[@data-ri]")).stream()
                .allMatch(row -> row.getText().contains(DAY.toString())));
        browser.type("review:trainee", "lópez");
        browser.until(d -> d.findElements(By.xpath("//tbody[@id='review:table_data']/tr[@data-ri]")).stream()
                .allMatch(row -> row.getText().contains("María López")));
        browser.waitForText(By.id("review:table_data"), NOTE);
        browser.type("review:trainee", "Carter");
        browser.until(d -> !d.findElement(By.id("review:table_data")).getText().contains(NOTE));
        browser.type("review:trainee", "C");
        browser.press(Keys.BACK_SPACE);
        browser.waitForText(By.id("review:table_data"), NOTE);
    }

    /** How many elements on the page show this text as a message, in the growl or in a message area. */
    private static long shown(String message) {
        return browser.driver().findElements(By.cssSelector(".ui-growl-item, .ui-messages-info, .ui-messages-error")).stream()
                .filter(element -> element.getText().contains(message)).count();
    }

    private static WebElement rowOfTheEntry() {
        return browser.waitFor(By.xpath("//tbody[@id='log:table_data']/tr[contains(., '" + NOTE + "')]"));
    }

    private static WebElement reviewButton(String which) {
        return reviewRow().findElement(By.xpath(".//button[contains(@id, ':" + which + "')]"));
    }

    private static WebElement reviewRow() {
        return browser.waitFor(By.xpath("//tbody[@id='review:table_data']/tr[contains(., 'Observé la hora del círculo')]"));
    }

    /** The approved hours the practicum progress bar on María's (Spanish) home page shows: "61.5 de 60 horas". */
    private static BigDecimal practicumBar() {
        return new BigDecimal(browser.text(CompletionBrowserIT.bar("practicum")).trim().split(" ")[0]);
    }

    private static BigDecimal hours(By total) {
        return new BigDecimal(browser.text(total).trim());
    }
}
