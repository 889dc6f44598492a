package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two administrators edit the same record in two browsers: the second save is refused with a translated message
 * and a reload link, the second person's typing stays on the page, and the first person's change is not lost.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class ConcurrentEditBrowserIT {

    private static Browser first;
    private static Browser second;

    /** The run's browser is the first person's; the second person needs a Chromium of their own, with its own cookies. */
    @BeforeAll
    static void openBrowsers(Browser shared) {
        first = shared;
        second = new Browser();
    }

    @BeforeEach
    void signInBoth() {
        first.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        second.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
    }

    @AfterEach
    void resetSecond() {
        second.reset();
    }

    @AfterAll
    static void closeSecond() {
        second.close();
    }

    @Test
    void theSecondSaveOfACohortIsRefusedWithAReloadLinkAndKeepsWhatWasTyped() {
        long id = cohort("Concurrent 2031-2032");
        String form = "/cohort/cohort.xhtml?id=" + id;
        first.useEnglish();
        second.useEnglish();
        first.open(form);
        second.open(form);

        first.type("cohort:capacity", "30");
        first.click("cohort:save");
        first.waitForText(By.cssSelector(".ui-growl"), "The cohort was saved.");

        second.type("cohort:name", "Concurrent, second person's name");
        second.type("cohort:capacity", "25");
        second.click("cohort:save");
        second.waitForText(By.id("record-changed"),
                "Someone else saved this record while you were editing it. Reload the page to see their changes");
        assertEquals("Concurrent, second person's name", value(second, "cohort:name"), "the typing is kept");
        assertEquals("25", value(second, "cohort:capacity"));

        second.click("reload");
        second.waitFor(By.id("cohort:name"));
        assertFalse(second.isPresent(By.id("record-changed")));
        assertEquals("Concurrent 2031-2032", value(second, "cohort:name"), "the stored record is shown again");
        assertEquals("30", value(second, "cohort:capacity"), "with the first person's change");

        second.type("cohort:capacity", "25");
        second.click("cohort:save");
        second.waitForText(By.cssSelector(".ui-growl"), "The cohort was saved.");
    }

    @Test
    void theRefusalIsInSpanishForSomeoneWorkingInSpanish() {
        long id = cohort("Concurrente 2032-2033");
        String form = "/cohort/cohort.xhtml?id=" + id;
        first.open(form);
        second.open(form);
        second.useSpanish();
        try {
            first.type("cohort:capacity", "31");
            first.click("cohort:save");
            first.waitFor(By.cssSelector(".ui-growl"));

            second.type("cohort:capacity", "21");
            second.click("cohort:save");
            second.waitForText(By.id("record-changed"), "Otra persona guardó este registro mientras usted lo editaba.");
            assertTrue(second.text(By.id("reload")).contains("Volver a cargar"));
            assertEquals("21", value(second, "cohort:capacity"));
        } finally {
            second.useEnglish();
        }
    }

    @Test
    void aProviderEditedInTwoBrowsersKeepsTheFirstChange() {
        String form = "/provider/provider.xhtml?id=1";
        first.open(form);
        second.open(form);
        String city = value(first, "provider:city");

        first.type("provider:city", "First city");
        first.click("provider:save");
        first.waitForText(By.cssSelector(".ui-growl"), "The provider was saved.");

        second.type("provider:city", "Second city");
        second.click("provider:save");
        second.waitFor(By.id("record-changed"));
        assertEquals("Second city", value(second, "provider:city"));

        second.click("reload");
        second.waitFor(By.id("provider:city"));
        assertEquals("First city", value(second, "provider:city"), "the first change was kept");
        second.type("provider:city", city);
        second.click("provider:save");
        second.waitForText(By.cssSelector(".ui-growl"), "The provider was saved.");
    }

    private static String value(Browser browser, String id) {
        return browser.waitFor(By.id(id)).getAttribute("value");
    }

    private static long cohort(String name) {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/cohorts", DemoPerson.ADMIN.email(), DemoData.PASSWORD,
                "application/json", "{\"name\":\"" + name + "\",\"startDate\":\"2031-09-01\",\"endDate\":\"2032-06-30\","
                        + "\"language\":\"en\",\"capacity\":12}");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
