package org.iecmhc.lms.web;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The course pages have no serious or critical axe-core violations, for each role that uses them. */
@ExtendWith(RunningApplication.class)
class CourseAccessibilityIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void administratorsCoursePages() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/course/admin/courses.xhtml");
        browser.waitFor(By.id("courses:table"));
        assertNoBlockingViolations("course list");
        browser.open("/course/admin/course.xhtml");
        browser.waitFor(By.id("course:title"));
        assertNoBlockingViolations("course form");
        browser.signOut();
    }

    @Test
    void facultyAndTraineePages() {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.waitFor(By.id("home-faculty"));
        assertNoBlockingViolations("faculty home");
        browser.open("/faculty/queue.xhtml");
        browser.waitFor(By.id("queue:table"));
        assertNoBlockingViolations("grading queue");
        browser.open("/faculty/courses.xhtml");
        browser.waitFor(By.id("courses"));
        assertNoBlockingViolations("faculty courses");
        browser.signOut();

        browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.waitFor(By.id("home-trainee"));
        assertNoBlockingViolations("trainee home");
        browser.open("/trainee/courses.xhtml");
        browser.waitFor(By.id("courses"));
        assertNoBlockingViolations("trainee courses");
        browser.signOut();
    }

    private static void assertNoBlockingViolations(String page) {
        Axe.assertNoBlockingViolations(browser, page);
    }
}
