package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.SignedIn;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Script typed into free-text fields (through the API and the pages) is shown as text everywhere it appears: in
 * Chromium no injected script runs, and the pages' HTML holds it only escaped.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class CrossSiteScriptingBrowserIT {

    /** Each payload sets a mark on the window when it runs; a page that shows them as text leaves it unset. */
    private static final String SCRIPT = "<script>window.xssRan='script'</script>";
    private static final String ATTRIBUTE = "\"><img src=x onerror=\"window.xssRan='img'\">";
    private static final String QUOTES = "'-alert(1)-'";

    private static Browser browser;
    private static long cohortId;

    @BeforeAll
    static void storePayloads(Browser shared) {
        String admin = DemoPerson.ADMIN.email();
        HttpResponse<String> cohort = WebSession.api("POST", "/api/v1/cohorts", admin, DemoData.PASSWORD,
                "application/json", "{\"name\":\"XSS " + SCRIPT.replace("\"", "\\\"") + "\",\"startDate\":\"2034-09-01\","
                        + "\"endDate\":\"2035-06-30\",\"language\":\"en\",\"capacity\":9}");
        assertEquals(201, cohort.statusCode(), cohort.body());
        String location = cohort.headers().firstValue("Location").orElseThrow();
        cohortId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> roster = WebSession.api("POST", "/api/v1/cohorts/" + cohortId + "/roster", admin,
                DemoData.PASSWORD, "text/csv",
                "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n"
                        + "xss.one@example.org," + csv(SCRIPT) + "," + csv(ATTRIBUTE) + ",en,,,," + csv(QUOTES) + "\n");
        assertEquals(200, roster.statusCode(), roster.body());

        browser = shared;
        browser.signIn(admin, DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/provider/provider.xhtml");
        browser.type("provider:name", "XSS " + ATTRIBUTE);
        browser.choose("provider:kind", "Center-based program");
        browser.choose("provider:county", "Merced");
        browser.type("provider:city", SCRIPT);
        browser.type("provider:contactName", QUOTES);
        browser.check("provider:languages:0");
        browser.click("provider:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "saved");
    }

    @Test
    @SignedIn(DemoPerson.ADMIN)
    void noPageRunsTheScriptPeopleTyped() {
        for (String page : pages()) {
            browser.open(page);
            browser.waitFor(By.id("main"));
            Object ran = ((JavascriptExecutor) browser.driver()).executeScript("return window.xssRan || null;");
            assertNull(ran, page + " ran an injected script");
            assertFalse(browser.driver().getPageSource().contains("<img src=\"x\" onerror"), page + " has the image as an element");
        }
    }

    @Test
    void thePagesHoldThePayloadsOnlyEscaped() {
        WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        boolean seenEscaped = false;
        for (String page : pages()) {
            String html = admin.get(page).body();
            assertFalse(html.contains(SCRIPT), page + " holds the script tag raw");
            assertFalse(html.contains("<img src=x onerror"), page + " holds the image tag raw");
            seenEscaped |= html.contains("&lt;script&gt;window.xssRan") || html.contains("&lt;img src=x onerror");
        }
        assertTrue(seenEscaped, "the payloads are shown, as text");
    }

    private static List<String> pages() {
        return List.of("/index.xhtml", "/cohort/cohorts.xhtml", "/cohort/cohort.xhtml?id=" + cohortId,
                "/cohort/enrollments.xhtml?cohort=" + cohortId, "/cohort/roster.xhtml?cohort=" + cohortId,
                "/account/accounts.xhtml", "/audit/log.xhtml", "/provider/providers.xhtml",
                "/course/admin/courses.xhtml");
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
