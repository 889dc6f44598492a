package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * At a phone's width (390 x 844) the pages of forms and lists never scroll sideways: a form's labels go above their
 * fields and a table wider than the screen scrolls inside its own box. Checked in Spanish, whose texts run longest,
 * for the pages where a walk at that width found the page wider than the screen.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class PhoneWidthIT {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    @AfterEach
    void backToDesktop(Browser browser) {
        browser.driver().manage().window().setSize(DESKTOP);
        browser.signOut();
    }

    @Test
    void aTraineesSettingsAndNotificationPagesFitThePhone(Browser browser) {
        assertFit(browser, DemoPerson.TRAINEE, List.of("/account/settings.xhtml", "/notification/preferences.xhtml",
                "/forum/forums.xhtml"));
    }

    @Test
    void anAdministratorsAnnouncementCourseCopyAndTokenPagesFitThePhone(Browser browser) {
        assertFit(browser, DemoPerson.ADMIN, List.of("/announcement/announcements.xhtml", "/course/copy.xhtml?course=1",
                "/account/settings.xhtml"));
    }

    private static void assertFit(Browser browser, DemoPerson who, List<String> pages) {
        browser.signIn(who.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.driver().manage().window().setSize(PHONE);
        for (String page : pages) {
            browser.open(page);
            Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth + ' of ' + document.documentElement.clientWidth");
            String[] both = String.valueOf(widths).split(" of ");
            assertEquals(both[1], both[0], page + " is as wide as the screen (page width of screen width): " + widths);
        }
    }
}
