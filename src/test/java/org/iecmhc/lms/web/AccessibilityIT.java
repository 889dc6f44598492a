package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.web.AccessMatrixIT.Access;
import org.iecmhc.lms.web.AccessMatrixIT.Who;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * axe-core finds no serious or critical accessibility problem on any page of the access matrix: a page added to the
 * matrix is scanned too. Pages everyone may see are scanned as nobody signed in; pages every signed-in person may see
 * show each role its own menu (and on the home and course pages its own part), so they are scanned as each role; any
 * other page once, as the role that sees most of it: the administrator when allowed on it, else the first role allowed
 * (that each role allowed gets the page is the access matrix's check). Trainees and consultants work in Spanish (as
 * María and Rosa do), the others in English. Each page is scanned at desktop and at phone width (390 x 844) on the
 * same load: the window is resized between the two scans, and the next page starts at the width the last one ended
 * at, so there is one resize per page. The first scan applies every rule, the second those the layout decides. The
 * layout's skip link and site icon are checked here as well.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
@Order(1) // the longest class of the run, so that it starts first (testsupport/ArquillianFirst)
class AccessibilityIT {

    private static final Map<Who, Language> LANGUAGE = Map.of(Who.TRAINEE, Language.ES, Who.CONSULTANT, Language.ES);

    @TestFactory
    Stream<DynamicContainer> everyPageOnceAsTheRoleThatSeesMostOfIt(Browser browser) {
        return Arrays.stream(Who.values()).map(who -> DynamicContainer.dynamicContainer("as " + who,
                Stream.concat(Stream.of(DynamicTest.dynamicTest("signs in", () -> signIn(browser, who))),
                        pagesScannedAs(who).stream().map(page -> DynamicTest.dynamicTest(page, () -> scan(browser, page, who))))));
    }

    private static List<String> pagesScannedAs(Who who) {
        return AccessMatrixIT.MATRIX.stream()
                .filter(Access::isPage)
                .filter(access -> access.allowed().contains(who))
                .filter(access -> who == Who.ANONYMOUS || !access.allowed().contains(Who.ANONYMOUS))
                .filter(access -> access.allowed().containsAll(AccessMatrixIT.SIGNED_IN) || who == scanner(access))
                .map(Access::path)
                .toList();
    }

    /** The role a page for some roles only is scanned as. */
    private static Who scanner(Access access) {
        return access.allowed().contains(Who.ADMINISTRATOR) ? Who.ADMINISTRATOR : access.allowed().iterator().next();
    }

    private static void signIn(Browser browser, Who who) {
        browser.reset();
        if (who.person != null) {
            browser.signIn(who.person.email(), DemoData.PASSWORD);
            browser.use(LANGUAGE.getOrDefault(who, Language.EN));
        }
    }

    private static void scan(Browser browser, String page, Who who) {
        browser.open(page);
        browser.waitFor(By.id(who == Who.ANONYMOUS ? "main" : "signed-in-as"));
        assertAll(() -> scanAtPresentWidth(browser, page, who, true), () -> {
            if (browser.atPhoneWidth()) {
                browser.useDesktopWidth();
            } else {
                browser.usePhoneWidth();
            }
            scanAtPresentWidth(browser, page, who, false);
        });
    }

    /**
     * The first scan of a page applies every rule, the second only those its layout decides. At phone width the page
     * must also fit the screen (PhoneWidthIT's rule), checked here to load each page once.
     */
    private static void scanAtPresentWidth(Browser browser, String page, Who who, boolean everyRule) {
        String described = page + " as " + who + (browser.atPhoneWidth() ? " at phone width" : " at desktop width");
        if (everyRule) {
            Axe.assertNoBlockingViolations(browser, described);
        } else {
            Axe.assertNoBlockingLayoutViolations(browser, described);
        }
        if (browser.atPhoneWidth()) {
            PhoneWidthIT.assertFits(browser, page + " as " + who);
        }
    }

    /**
     * A keyboard user's first Tab reaches the skip link, shown where it can be seen with its focus ring, and Enter on
     * it moves to the page's own content.
     */
    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesTheFocusToTheMainRegion(Browser browser) {
        browser.signIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        browser.open("/index.xhtml");
        browser.waitFor(By.id("signed-in-as"));
        browser.press(Keys.TAB);
        assertEquals("skip-link", browser.focusedId());
        WebElement skipLink = browser.driver().findElement(By.id("skip-link"));
        assertTrue(skipLink.isDisplayed() && skipLink.getLocation().getX() >= 0, "the focused skip link is on the screen");
        assertEquals("Skip to main content", skipLink.getText());
        assertEquals("solid", skipLink.getCssValue("outline-style"), "the focus ring is drawn");
        browser.press(Keys.ENTER);
        browser.until(driver -> "main".equals(browser.focusedId()));
    }

    /** The site icon and its PNG stand-ins, as linked from every page, are served as images. */
    @Test
    void theSiteIconsResolve(Browser browser) throws Exception {
        browser.open("/login.xhtml");
        List<WebElement> icons = browser.driver().findElements(By.cssSelector("link[rel='icon'], link[rel='apple-touch-icon']"));
        assertEquals(3, icons.size(), "an SVG icon, a 32 px PNG and the 180 px touch icon");
        HttpClient http = HttpClient.newHttpClient();
        for (WebElement icon : icons) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(icon.getDomProperty("href"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), icon.getDomProperty("href"));
            assertEquals(icon.getDomAttribute("type") == null ? "image/png" : icon.getDomAttribute("type"),
                    answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""), icon.getDomProperty("href"));
            assertTrue(answer.body().length > 0);
        }
    }
}
