package org.iecmhc.lms.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The demo trainee's home puts what she has to do first, in Spanish and English: each item leads to the page where
 * it is done and the requirements table says what is still needed (AccessibilityIT checks it fits a phone).
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class TraineeHomeBrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final By ITEMS = By.cssSelector("#todo > li");

    @AfterEach
    void backToDesktop(Browser browser) {
        browser.driver().manage().window().setSize(DESKTOP);
        browser.signOut();
    }

    @Test
    void theTraineeFollowsAToDoItemToTheAssignmentInSpanishAndToItsPageInEnglish(Browser browser) {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.open("/index.xhtml");
        browser.waitForText(By.id("todo-heading"), "Pendientes");
        WebElement task = itemOfKind(browser, "Tarea");
        String title = task.findElement(By.tagName("a")).getText();
        assertFalse(browser.isPresent(By.id("todo-none")), "the demo trainee has work to do");
        task.findElement(By.tagName("a")).click();
        browser.waitForText(By.tagName("h1"), title);
        assertTrue(browser.driver().getCurrentUrl().contains("/course/assignment.xhtml?id="));

        browser.open("/index.xhtml");
        itemOfKind(browser, "Devuelta para revisión");
        browser.useEnglish();
        browser.waitForText(By.id("todo-heading"), "To do");
        browser.waitForText(By.id("week-heading"), "This week's sessions and meetings");
        WebElement first = browser.driver().findElements(ITEMS).get(0);
        WebElement link = first.findElement(By.tagName("a"));
        String page = link.getAttribute("href");
        link.click();
        browser.until(driver -> driver.getCurrentUrl().equals(page));
        assertFalse(browser.text(By.tagName("h1")).isBlank());
    }

    @Test
    void theRequirementsTableSaysWhatIsStillNeededOfEachRequirement(Browser browser) {
        browser.signIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/index.xhtml");
        browser.waitForText(By.id("hours-heading"), "Still needed for completion");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".lms-todo-hours tbody tr"));
        assertFalse(rows.isEmpty(), "the demo cohort sets requirements");
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            BigDecimal done = new BigDecimal(cells.get(0).getText());
            BigDecimal required = new BigDecimal(cells.get(1).getText());
            BigDecimal still = new BigDecimal(cells.get(2).getText());
            assertEquals(0, required.subtract(done).max(BigDecimal.ZERO).compareTo(still), row.getText());
        }
    }

    private static WebElement itemOfKind(Browser browser, String kind) {
        browser.waitForText(By.id("todo"), kind);
        return browser.driver().findElements(ITEMS).stream()
                .filter(item -> item.findElement(By.className("lms-todo-kind")).getText().equals(kind))
                .findFirst().orElseThrow();
    }
}
