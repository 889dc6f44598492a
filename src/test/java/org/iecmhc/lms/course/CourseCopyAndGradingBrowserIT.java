package org.iecmhc.lms.course;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Course copy and the grading flow in Chromium: an administrator copies the demo course "Foundations of IECMHC" into
 * a new cohort (in English); two trainees hand in its essay, and the faculty member opens the first from the
 * gradebook and grades both in a row with "save and open the next" (in Spanish); an administrator reads the gradebook.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class CourseCopyAndGradingBrowserIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String COHORT = "Copy cohort " + RUN;
    private static final String COURSE = "Foundations of IECMHC";
    private static final String ESSAY = "Consultation stance essay";

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aCourseIsCopiedAndTwoSubmissionsAreGradedInARowFromTheGradebook() throws Exception {
        String course = firstValue("select min(id) from course where title = '" + COURSE + "'");
        String essay = firstValue("select id from assignment where title = '" + ESSAY + "' and course_id = " + course);

        step("an administrator copies the course into a new cohort and the copy opens", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-cohorts");
            browser.click("cohorts:create");
            browser.type("cohort:name", COHORT);
            LocalDate start = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusMonths(2);
            browser.typeDate("cohort:startDate", start.toString());
            browser.typeDate("cohort:endDate", start.plusMonths(10).toString());
            browser.type("cohort:capacity", "30");
            browser.choose("cohort:status", "Planned");
            browser.click("cohort:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The cohort was created.");

            browser.open("/course/view.xhtml?id=" + course);
            browser.click("copy");
            browser.waitForText(By.id("source"), COURSE);
            assertTrue(browser.text(By.id("copy")).contains("any course into any cohort that is not closed"));
            Axe.assertNoBlockingViolations(browser, "course copy page");
            browser.click("copy:copyCourse");
            browser.confirm();
            assertEquals("Choose the cohort the course belongs to.", browser.messageAt("copy:cohort"));
            new Select(browser.waitFor(By.id("copy:cohort"))).selectByVisibleText(COHORT);
            new Select(browser.waitFor(By.id("copy:faculty"))).selectByVisibleText("Renée Okafor");
            browser.click("copy:copyCourse");
            browser.confirm();
            browser.waitForText(By.cssSelector(".ui-growl"), "The course was copied. This is the new course.");
            assertTrue(browser.text(By.id("course-cohort")).contains(COHORT), browser.text(By.id("course-cohort")));
            assertTrue(browser.text(By.id("modules")).contains("Early relationships and development"));
            browser.signOut();
        });

        step("two trainees hand in the essay, María first", () -> {
            handIn(DemoPerson.TRAINEE.email(), essay, "Mi postura como consultora: escuchar antes de sugerir.");
            handIn(DemoPerson.TRAINEE_EN.email(), essay, "My stance: curiosity about the provider's experience first.");
        });

        step("the faculty member opens María's essay from the gradebook and grades both with save and next, in Spanish", () -> {
            browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
            browser.useSpanish();
            browser.open("/course/gradebook.xhtml?course=" + course);
            WebElement maria = browser.waitFor(By.xpath("//tr[td[contains(., 'María López')]]"));
            assertTrue(maria.getText().contains("En espera de calificación"), maria.getText());
            // her essay's cell: other tests may have left more of her work waiting in this course
            String submission = firstValue("select s.id from submission s join account a on a.id = s.trainee_id"
                    + " where s.assignment_id = " + essay + " and a.email = '" + DemoPerson.TRAINEE.email() + "'");
            maria.findElement(By.cssSelector("a[href*='grade.xhtml?id=" + submission + "']")).click();
            browser.waitForText(By.id("who"), "María López");
            assertTrue(browser.text(By.id("assignment-line")).contains(ESSAY));
            Axe.assertNoBlockingViolations(browser, "grading page with previous and next, in Spanish");
            browser.type("grade:points", "15");
            browser.click("grade:saveNext");
            browser.waitForText(By.cssSelector(".ui-growl"), "La calificación fue guardada.");
            browser.waitForText(By.id("who"), "James Carter");
            assertTrue(browser.text(By.id("assignment-line")).contains(ESSAY));
            browser.type("grade:points", "12");
            browser.click("grade:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "La calificación fue guardada.");

            browser.open("/course/gradebook.xhtml?course=" + course);
            WebElement graded = browser.waitFor(By.xpath("//tr[td[contains(., 'María López')]]"));
            assertTrue(graded.getText().contains("15 Calificada"), graded.getText());
            browser.signOut();
        });

        step("an administrator, who teaches nothing, reads the gradebook", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.open("/course/gradebook.xhtml?course=" + course);
            WebElement james = browser.waitFor(By.xpath("//tr[td[contains(., 'James Carter')]]"));
            assertTrue(james.getText().contains("12 Graded"), james.getText());
            browser.signOut();
        });
    }

    private static void handIn(String email, String assignment, String text) {
        browser.signIn(email, DemoData.PASSWORD);
        browser.open("/course/assignment.xhtml?id=" + assignment);
        browser.type("submit:body", text);
        browser.click("submit:send");
        browser.waitFor(By.cssSelector(".ui-growl"));
        browser.signOut();
    }

    private static String firstValue(String sql) throws SQLException {
        return Sql.rows(RunningApplication.dataSource(), sql).get(0).get(0);
    }
}
