package org.iecmhc.lms.web;

import java.util.List;

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

/**
 * axe-core finds no serious or critical accessibility problem on the pages of the training program's later
 * features and the service tiers, each seen by the person who works in it (María in Spanish, the others in English).
 */
@ExtendWith(RunningApplication.class)
class FeaturePagesAccessibilityIT {

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
    void administratorsReportsAndRecords() {
        scanAs(DemoPerson.ADMIN, List.of("/reports/impact.xhtml", "/reports/demographics.xhtml",
                "/reports/completion.xhtml", "/completion/board.xhtml?cohort=1", "/evaluation/templates.xhtml",
                "/evaluation/template.xhtml?id=1", "/evaluation/results.xhtml", "/helpline/calls.xhtml",
                "/helpline/call.xhtml", "/helpline/topics.xhtml", "/admin/audit.xhtml",
                "/supervision/supervisors.xhtml?cohort=1"));
    }

    @Test
    void facultysSupervisionPracticumAndEvaluations() {
        scanAs(DemoPerson.FACULTY, List.of("/supervision/sessions.xhtml", "/supervision/session.xhtml",
                "/supervision/session.xhtml?id=1", "/supervision/notes.xhtml", "/practicum/placements.xhtml", "/practicum/review.xhtml",
                "/evaluation/competencies.xhtml", "/evaluation/competency.xhtml?enrollment=1",
                "/evaluation/result.xhtml?course=1", "/calendar/feed.xhtml"));
    }

    @Test
    void traineesProgressSupervisionAndEvaluations() {
        scanAs(DemoPerson.TRAINEE, List.of("/completion/progress.xhtml", "/supervision/mine.xhtml",
                "/evaluation/courses.xhtml", "/evaluation/course.xhtml?course=1", "/evaluation/my-competency.xhtml",
                "/practicum/log.xhtml", "/trainee/profile.xhtml"));
    }

    @Test
    void consultantsServiceTiers() {
        scanAs(DemoPerson.CONSULTANT, List.of("/opendoor/sessions.xhtml", "/opendoor/session.xhtml",
                "/support/series-list.xhtml", "/support/series.xhtml?id=1", "/consultation/assignments.xhtml",
                "/consultation/assignment.xhtml"));
    }

    private static void scanAs(DemoPerson person, List<String> pages) {
        browser.signIn(person.email(), DemoData.PASSWORD);
        for (String page : pages) {
            browser.open(page);
            browser.waitFor(By.id("signed-in-as"));
            Axe.assertNoBlockingViolations(browser, page + " as " + person);
        }
        browser.signOut();
    }
}
