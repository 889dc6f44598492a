package org.iecmhc.lms.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A faculty member schedules a group supervision session, is told off for a session longer than a day, takes
 * attendance in Spanish, and the trainee present sees the hours credited; another session, not yet met, they cancel
 * after confirming.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class SupervisionBrowserIT {

    private static final Pattern HOURS = Pattern.compile("(\\d+(\\.\\d+)?)");
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void facultyRunASessionAndTheTraineeIsCreditedItsHours() {
        BigDecimal before = jamesHours();
        browser.signOut();

        beginSessionForJames(LocalDate.now().minusDays(1), "09:30");
        browser.type("session:minutes", "1500");
        browser.type("session:topic", "Holding a family's worry");
        browser.click("session:save");
        assertTrue(browser.messageAt("session:minutes").contains("from 1 to 1440 minutes"));
        assertEquals("Holding a family's worry", browser.waitFor(By.id("session:topic")).getAttribute("value"), "nothing typed is lost");
        assertTrue(browser.driver().findElement(By.xpath("//label[text()='James Carter']/preceding-sibling::div//input"))
                .isSelected(), "the trainee stays chosen");

        browser.type("session:minutes", "90");
        browser.click("session:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The session was saved.");
        assertTrue(browser.driver().getCurrentUrl().contains("id="));

        browser.useSpanish();
        browser.waitForText(By.id("attendance:grid_data"), "James Carter");
        browser.check("attendance:grid:0:status:0");
        browser.click("attendance:saveAttendance");
        browser.waitForText(By.cssSelector(".ui-growl"), "La asistencia fue guardada.");
        browser.useEnglish();
        browser.signOut();

        BigDecimal after = jamesHours();
        assertEquals(0, before.add(new BigDecimal("1.5")).compareTo(after), "ninety minutes more: " + before + " then " + after);
        browser.waitForText(By.id("sessions"), "Holding a family's worry");
        browser.signOut();
    }

    @Test
    void facultyCancelASessionThatHasNotMetAfterConfirming() {
        beginSessionForJames(LocalDate.now().plusDays(7), "11:00");
        browser.type("session:topic", "Called off in time");
        browser.click("session:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The session was saved.");
        assertEquals("Cancel session", browser.text(By.id("session:cancelSession")));

        browser.useSpanish();
        browser.waitForText(By.id("session:cancelSession"), "Cancelar la sesión");
        browser.click("session:cancelSession");
        browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), "¿Cancelar esta sesión?");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "La sesión fue cancelada y se avisó a sus invitados.");
        browser.waitForText(By.id("session:cancelled"), "Cancelada por ");
        assertFalse(browser.isPresent(By.id("session:save")), "a cancelled session is no longer changed");
        assertFalse(browser.isPresent(By.id("session:cancelSession")));
        assertFalse(browser.isPresent(By.id("attendance:saveAttendance")), "nor its attendance taken");

        browser.useEnglish();
        browser.waitForText(By.id("session:cancelled"), "Cancelled by ");
        browser.signOut();
    }

    /** Signs the faculty member in, in English, and fills a new session of the current year for James. */
    private static void beginSessionForJames(LocalDate day, String time) {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.waitForText(By.id("nav-supervision"), "Supervision");
        browser.click("nav-supervision");
        browser.click("sessionList:schedule");
        browser.choose("session:cohort", DemoYears.now().currentName());
        browser.waitForText(By.id("session:trainees"), "James Carter");
        browser.driver().findElement(By.xpath("//label[text()='James Carter']")).click();
        browser.typeDate("session:date", day.toString());
        browser.press(Keys.ESCAPE);
        browser.type("session:time", time);
    }

    /** Signs James in and reads his credited hours on "My supervision". */
    private static BigDecimal jamesHours() {
        browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-my-supervision");
        Matcher hours = HOURS.matcher(browser.text(By.id("credited-hours")));
        assertTrue(hours.find());
        return new BigDecimal(hours.group(1));
    }
}
