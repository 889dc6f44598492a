package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Helpline staff record a call by keyboard alone, import a spreadsheet after a preview, and administrators edit topics. */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class HelplineBrowserIT {

    private static final String HEADER = "received_at,duration_minutes,caller_role,caller_key,county,language,topics,consultation_recommended\n";
    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aCallIsEnteredWithTheKeyboardAlone() {
        browser.signIn(DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/helpline/call.xhtml");
        browser.until(driver -> "call:duration".equals(browser.focusedId()));
        browser.press("35");
        browser.press(Keys.TAB, Keys.SPACE);
        browser.press(Keys.TAB, "keyboard-caller");
        browser.press(Keys.TAB, "Casita");
        browser.waitFor(By.cssSelector("[id='call:provider_panel'] li"));
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        browser.press(Keys.TAB, "Los");
        browser.until(driver -> driver.findElement(By.id("call:county_label")).getText().equals("Los Angeles"));
        browser.press(Keys.TAB, Keys.ARROW_RIGHT);
        browser.press(Keys.TAB, Keys.SPACE, Keys.TAB, Keys.TAB, Keys.SPACE);
        while (!"call:recommended_input".equals(browser.focusedId())) {
            browser.press(Keys.TAB);
        }
        browser.press(Keys.SPACE, Keys.TAB, "Referred to the county early intervention program");
        while (!"call:save".equals(browser.focusedId())) {
            browser.press(Keys.TAB);
        }
        browser.press(Keys.ENTER);
        browser.waitForText(By.cssSelector(".ui-growl"), "The call was recorded");

        browser.open("/helpline/calls.xhtml");
        String row = browser.text(By.cssSelector("[id='calls:table_data'] > tr:first-child"));
        assertTrue(row.contains("Los Angeles"), "the newest call comes first: " + row);
        assertTrue(row.contains("35") && row.contains("Center staff") && row.contains("Spanish") && row.contains("Yes"), row);
        assertTrue(row.contains("Challenging behavior") && row.contains("Biting"), row);
        assertPageReportCountsEveryCall();
        browser.useSpanish();
        browser.open("/helpline/calls.xhtml");
        assertPageReportCountsEveryCall();
        browser.useEnglish();
        browser.signOut();
    }

    /** The demo's few hundred calls are below the count limit, so the report gives their number, not "more than". */
    private static void assertPageReportCountsEveryCall() {
        String report = browser.text(By.cssSelector("[id='calls:table'] .ui-paginator-current"));
        assertTrue(report.matches("1-25 / [0-9]+"), report);
    }

    @Test
    void aSpreadsheetIsImportedAfterAPreviewAndABadOneIsRefusedLineByLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "2023-11-06T09:00,20,CENTER_STAFF,,Fresno,es,biting,yes\n"
                + "2023-11-06T09:30,999,CENTER_STAFF,,Fresno,es,biting,yes\n");
        Path good = Files.writeString(dir.resolve("good.csv"), HEADER
                + "2023-11-06T09:00,20,CENTER_STAFF,import-1,Fresno,es,biting,yes\n"
                + "2023-11-07T10:00,45,FFN_CAREGIVER,import-2,Kern,en,sleep;trauma,no\n"
                + "2023-11-08T18:30,10,OTHER,,06073,other,,no\n");
        browser.signIn(DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        browser.click("header:spanish");
        browser.waitForText(By.id("nav-home"), "Inicio");
        browser.open("/helpline/import.xhtml");
        browser.upload("import:file", bad);
        browser.waitForText(By.id("import:problems"), "Línea 3: duration_minutes «999» no es un número entero entre 1 y 240.");
        assertTrue(browser.driver().findElements(By.id("import:importAll")).isEmpty(), "a bad file cannot be imported");

        browser.upload("import:file", good);
        browser.waitForText(By.id("import-summary"), "3 llamadas listas para importar");
        assertEquals(3, browser.driver().findElements(By.cssSelector("[id='import:rows_data'] > tr")).size());
        browser.click("import:importAll");
        browser.waitForText(By.id("import:done"), "Se importaron 3 llamadas.");
        browser.useEnglish();
        browser.signOut();
    }

    @Test
    void administratorsAddATopicThatTheFormThenOffers() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-helpline-topics");
        browser.click("topics:save");
        assertEquals("Enter the topic's name in English and in Spanish.", browser.messageAt("topics:nameEn"));
        browser.type("topics:nameEn", "Screen time");
        browser.type("topics:nameEs", "Tiempo frente a pantallas");
        browser.click("topics:save");
        browser.waitForText(By.id("topics:table_data"), "SCREEN_TIME");
        browser.open("/helpline/call.xhtml");
        browser.waitForText(By.id("call:topics"), "Screen time");
        browser.signOut();
    }
}
