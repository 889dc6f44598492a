package org.iecmhc.lms.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Axe;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.web.AccessMatrixIT.Access;
import org.iecmhc.lms.web.AccessMatrixIT.Who;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * axe-core finds no serious or critical accessibility problem on any page of the access matrix, seen by each role
 * allowed on it: a page added to the matrix is scanned too. Pages everyone may see are scanned as nobody signed in;
 * trainees and consultants work in Spanish (as María and Rosa do), the others in English.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class AccessibilityIT {

    private static final Map<Who, Language> LANGUAGE = Map.of(Who.TRAINEE, Language.ES, Who.CONSULTANT, Language.ES);

    @TestFactory
    Stream<DynamicContainer> everyPageAsEachRoleAllowedOnIt(Browser browser) {
        return Arrays.stream(Who.values()).map(who -> DynamicContainer.dynamicContainer("as " + who,
                Stream.concat(Stream.of(DynamicTest.dynamicTest("signs in", () -> signIn(browser, who))),
                        pagesOf(who).stream().map(page -> DynamicTest.dynamicTest(page, () -> scan(browser, page, who))))));
    }

    private static List<String> pagesOf(Who who) {
        return AccessMatrixIT.MATRIX.stream()
                .filter(Access::isPage)
                .filter(access -> access.allowed().contains(who))
                .filter(access -> who == Who.ANONYMOUS || !access.allowed().contains(Who.ANONYMOUS))
                .map(Access::path)
                .toList();
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
        Axe.assertNoBlockingViolations(browser, page + " as " + who);
    }
}
