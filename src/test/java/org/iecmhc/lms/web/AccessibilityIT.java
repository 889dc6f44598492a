package org.iecmhc.lms.web;

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

/** axe-core finds no serious or critical accessibility problem on the pages everyone sees. */
@ExtendWith(RunningApplication.class)
class AccessibilityIT {

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
    void signInPage() {
        browser.open("/login.xhtml");
        browser.waitFor(By.id("login:email"));
        assertNoBlockingViolations("sign-in page");
    }

    @Test
    void homeAndAccountPagesInBothLanguages() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.waitFor(By.id("welcome"));
        assertNoBlockingViolations("home page");
        browser.open("/admin/accounts.xhtml");
        browser.waitFor(By.id("accounts:table"));
        assertNoBlockingViolations("accounts page");
        browser.open("/providers/providers.xhtml");
        browser.waitFor(By.id("providers:table"));
        assertNoBlockingViolations("provider registry");
        browser.open("/admin/account.xhtml");
        browser.waitFor(By.id("account:email"));
        assertNoBlockingViolations("account form");
        browser.click("header:spanish");
        browser.waitForText(By.id("nav-home"), "Inicio");
        assertNoBlockingViolations("account form in Spanish");
        browser.click("header:english");
        browser.waitForText(By.id("nav-home"), "Home");
        browser.signOut();
    }

    @Test
    void cohortPages() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/admin/cohorts.xhtml");
        browser.waitFor(By.id("cohorts:table"));
        assertNoBlockingViolations("cohorts page");
        browser.open("/admin/cohort.xhtml?id=2");
        browser.waitFor(By.id("cohort:name"));
        assertNoBlockingViolations("cohort form");
        browser.open("/admin/enrollments.xhtml?cohort=2");
        browser.waitFor(By.id("enrollments:table"));
        assertNoBlockingViolations("enrollments page");
        browser.open("/admin/roster.xhtml?cohort=2");
        browser.waitFor(By.id("roster:file"));
        assertNoBlockingViolations("roster import page");
        browser.open("/admin/profile.xhtml?account=3");
        browser.waitFor(By.id("profile:agency"));
        assertNoBlockingViolations("trainee profile");
        browser.signOut();
    }

    private static void assertNoBlockingViolations(String page) {
        Axe.assertNoBlockingViolations(browser, page);
    }
}
