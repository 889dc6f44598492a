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
 * axe-core finds no serious or critical accessibility problem on any page of the access matrix: a page added to the
 * matrix is scanned too. Pages everyone may see are scanned as nobody signed in; pages every signed-in person may see
 * show each role its own menu (and on the home and course pages its own part), so they are scanned as each role; any
 * other page once, as the role that sees most of it: the administrator when allowed on it, else the first role allowed
 * (that each role allowed gets the page is the access matrix's check). Trainees and consultants work in Spanish (as
 * María and Rosa do), the others in English.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
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
        Axe.assertNoBlockingViolations(browser, page + " as " + who);
    }
}
