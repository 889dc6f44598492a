package org.iecmhc.lms.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Final evaluations through the pages: a trainee evaluates a course in Spanish, its faculty member sees the group
 * figures (in Spanish too) only once that third answer is in (the demo data has two), and a faculty member submits a
 * competency evaluation that then reads as submitted.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class EvaluationBrowserIT {

    private static final String COURSE = "Reflective practice in consultation";
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aSpanishEvaluationIsTheThirdAnswerThatShowsTheFigures() {
        browser.signIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        browser.useEnglish();
        openResults();
        browser.waitForText(By.id("waiting"), "2 answered; results appear at 3.");
        assertFalse(browser.isPresent(By.cssSelector(".mean")), "no figure below three answers");
        browser.signOut();

        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.click("nav-course-evaluations");
        browser.waitForText(By.id("courses_data"), COURSE);
        browser.driver().findElement(By.xpath("//tr[td[contains(., '" + COURSE + "')]]//a[contains(@id, 'evaluate')]")).click();
        browser.waitForText(By.id("course-title"), COURSE);
        browser.waitForText(By.id("evaluation"), "1. El contenido del curso fue pertinente para mi trabajo de consultoría.");
        browser.type("evaluation:questions:4:text", "Quisiera más casos prácticos.");
        browser.check("evaluation:questions:0:likert:4");
        browser.click("evaluation:submit");
        assertEquals("Responda esta pregunta.", browser.messageAt("evaluation:questions:1:likert"));
        assertEquals("Responda esta pregunta.", browser.messageAt("evaluation:questions:3:yesNo"));
        assertEquals("Quisiera más casos prácticos.",
                browser.waitFor(By.id("evaluation:questions:4:text")).getAttribute("value"), "nothing typed is lost");
        assertTrue(browser.driver().findElement(By.id("evaluation:questions:0:likert:4")).isSelected());
        browser.check("evaluation:questions:1:likert:3");
        browser.check("evaluation:questions:2:likert:4");
        browser.check("evaluation:questions:3:yesNo:0");
        browser.click("evaluation:submit");
        browser.waitForText(By.cssSelector(".ui-growl"), "Gracias: su evaluación fue enviada.");
        browser.waitForText(By.xpath("//tr[td[contains(., '" + COURSE + "')]]"), "Enviada");
        browser.signOut();

        browser.signIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        browser.useSpanish();
        openResults();
        browser.waitForText(By.id("answered"), "3 participantes respondieron.");
        String mean = browser.text(By.cssSelector(".mean"));
        assertTrue(mean.contains("4,33"), "(4 + 4 + 5) / 3 with a Spanish decimal comma: " + mean);
        String yesNo = browser.text(By.cssSelector(".yes-no"));
        assertTrue(yesNo.startsWith("Sí: 100% · No: 0%"), yesNo);
        assertTrue(browser.text(By.cssSelector(".comments")).contains("Quisiera más casos prácticos."));
        assertFalse(browser.driver().getPageSource().contains("López"), "no name next to any answer");
        browser.useEnglish();
        browser.signOut();
    }

    @Test
    void theCompetencyListSortsOnAFreshPageAndNarrowsToACohortAndASearch() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        try {
            browser.useEnglish();
            browser.open("/evaluation/competencies.xhtml");
            By header = By.xpath("//th[.//span[contains(@class,'ui-column-title') and text()='Trainee']]");
            browser.waitFor(header).click();
            // the failure page first: it has no header to look for
            browser.until(d -> browser.isPresent(By.id("error-page"))
                    || "ascending".equals(d.findElement(header).getAttribute("aria-sort")));
            assertFalse(browser.isPresent(By.id("error-page")), "sorting keeps the list");

            browser.choose("list:cohort", DemoYears.now().pastName());
            browser.until(d -> !browser.text(By.id("list:trainees_data")).contains("Hannah Kim"));
            assertTrue(browser.text(By.id("list:trainees_data")).contains("Ana García"), "who completed the past cohort");
            browser.type("list:search", "garc");
            browser.until(d -> !browser.text(By.id("list:trainees_data")).contains("Brian Walker"));
            assertEquals(1, browser.driver().findElements(By.cssSelector("[id^='list:trainees_data'] tr[data-ri]")).size());
        } finally {
            browser.signOut();
        }
    }

    @Test
    void facultySubmitACompetencyEvaluationThatBecomesReadOnly() {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-competencies");
        browser.waitForText(By.id("list:trainees_data"), "Hannah Kim");
        browser.driver().findElement(By.linkText("Hannah Kim")).click();
        browser.waitForText(By.id("trainee"), "Hannah Kim");
        browser.check("competency:domains:0:likert:3");
        browser.type("competency:narrative", "Hannah builds trust quickly with family child care providers.");
        browser.click("competency:saveDraft");
        browser.waitForText(By.cssSelector(".ui-growl"), "The draft was saved.");
        browser.click("competency:submit");
        browser.confirm();
        assertEquals("Answer this question.", browser.messageAt("competency:domains:1:likert"));
        assertEquals("Choose a recommendation.", browser.messageAt("competency:recommendation"));
        for (int domain = 1; domain < 5; domain++) {
            browser.check("competency:domains:" + domain + ":likert:4");
        }
        browser.check("competency:recommendation:0");
        browser.click("competency:submit");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "The evaluation was submitted.");
        browser.waitForText(By.id("status"), "Submitted");
        assertFalse(browser.isPresent(By.id("competency:submit")), "a submitted evaluation is read-only");
        browser.click("nav-competencies");
        browser.waitForText(By.xpath("//tr[td[contains(., 'Hannah Kim')]]"), "Recommended");
        browser.signOut();
    }

    private static void openResults() {
        browser.click("nav-evaluation-results");
        browser.waitForText(By.id("courses_data"), COURSE);
        browser.driver().findElement(By.linkText(COURSE)).click();
        browser.waitForText(By.id("course-title"), COURSE);
    }
}
