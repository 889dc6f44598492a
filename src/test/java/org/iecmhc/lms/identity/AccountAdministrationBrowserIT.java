package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator manages accounts in Chromium; bad input is refused at the field and nothing typed is lost. */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class AccountAdministrationBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void createSearchDeactivateAndAuditAnAccountRefusingBadInputOnTheWay() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-accounts");
        browser.click("accounts:create");

        fillAccountForm("not-an-email", "Lucía", "Hernández", 0, "short");
        browser.click("account:save");
        assertEquals("Enter a valid email address, such as name@example.org.", browser.messageAt("account:email"));
        assertEquals("Lucía", browser.waitFor(By.id("account:firstName")).getAttribute("value"), "typed values are kept");

        browser.type("account:email", "lucia.hernandez@example.org");
        browser.type("account:password", "short");
        browser.click("account:save");
        assertEquals("The password must have at least 12 characters.", browser.messageAt("account:password"));

        browser.type("account:email", DemoPerson.FACULTY.email().toUpperCase());
        browser.type("account:password", "a good first password");
        browser.click("account:save");
        assertEquals("Another account already uses this email address.", browser.messageAt("account:email"));
        assertEquals("Hernández", browser.waitFor(By.id("account:lastName")).getAttribute("value"));

        browser.type("account:email", "lucia.hernandez@example.org");
        browser.type("account:password", "a good first password");
        browser.click("account:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The account was created.");

        browser.type("accounts:search", "hernández");
        browser.until(driver -> driver.findElements(By.cssSelector("[id='accounts:table_data'] > tr")).size() == 1);
        assertTrue(browser.text(By.id("accounts:table_data")).contains("lucia.hernandez@example.org"));

        browser.click("accounts:table:0:deactivate");
        browser.confirm();
        browser.waitForText(By.id("accounts:table:0:status"), "Deactivated");

        HttpResponse<String> refused = WebSession.api("GET", "/api/v1/me", "lucia.hernandez@example.org", "a good first password");
        assertEquals(401, refused.statusCode(), "a deactivated account cannot use the API");

        browser.click("nav-audit");
        searchTodaysAccountChangesBy("Navarro", "Account");
        browser.waitForText(By.id("audit:table_data"), "lucia.hernandez@example.org");
        String audit = browser.text(By.id("audit:table_data"));
        assertTrue(audit.contains("Created") && audit.contains("Changed"), audit);
        browser.signOut();
    }

    @Test
    void aNewPersonMustChooseTheirOwnPasswordAtFirstSignIn() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/account/account.xhtml");
        fillAccountForm("new.trainee@example.org", "Nuevo", "Participante", 0, "initial password 1");
        browser.click("account:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The account was created.");
        browser.signOut();

        browser.signIn("new.trainee@example.org", "initial password 1");
        browser.waitFor(By.id("change-required"));
        browser.open("/index.xhtml");
        browser.waitFor(By.id("change-required"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/settings.xhtml"), "other pages wait for the change");

        browser.type("settings:current", "initial password 1");
        browser.type("settings:password", "my own password 22");
        browser.type("settings:confirmation", "my own password 23");
        browser.click("settings:change");
        assertEquals("The two new passwords do not match.", browser.messageAt("settings:confirmation"));

        browser.type("settings:current", "initial password 1");
        browser.type("settings:password", "my own password 22");
        browser.type("settings:confirmation", "my own password 22");
        browser.click("settings:change");
        browser.waitFor(By.id("welcome"));
        browser.signOut();
        assertEquals(200, WebSession.api("GET", "/api/v1/me", "new.trainee@example.org", "my own password 22").statusCode());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheFormSaysNoMoreThanForAnUnknownEmail() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/account/account.xhtml");
        browser.click("header:spanish");
        browser.waitForText(By.id("account:save"), "Guardar");
        fillAccountForm("to.be.locked@example.org", "Bloque", "Ado", 1, "corta");
        browser.click("account:save");
        assertEquals("La contraseña debe tener al menos 12 caracteres.", browser.messageAt("account:password"));
        browser.type("account:password", "the right password");
        browser.click("account:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "La cuenta fue creada.");
        browser.click("header:english");
        browser.waitForText(By.id("nav-home"), "Home");
        browser.signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, WebSession.api("GET", "/api/v1/me", "to.be.locked@example.org", "wrong " + attempt).statusCode());
        }
        browser.signIn("to.be.locked@example.org", "the right password");
        String locked = browser.messageAt("login:password");
        assertEquals("The email or password is not correct. After 5 failed attempts an account is locked for 15 minutes.",
                locked);
        browser.signIn("nobody.at.all@example.org", "the right password");
        assertEquals(locked, browser.messageAt("login:password"), "whether an account exists is not told");
    }

    @Test
    void theAuditLogSaysWhatChangedInTheReadersLanguageFilteredByDatesAndPerson() {
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/account/account.xhtml");
        fillAccountForm("ines.audit@example.org", "Ines", "Trail", 0, "a good first password");
        browser.click("account:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The account was created.");
        browser.type("accounts:search", "ines.audit");
        browser.until(driver -> driver.findElements(By.cssSelector("[id='accounts:table_data'] > tr")).size() == 1);
        browser.click("accounts:table:0:edit");
        browser.type("account:firstName", "Inés María");
        browser.check("account:roles:1");
        browser.click("account:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The account was saved.");

        browser.click("nav-audit");
        searchTodaysAccountChangesBy("Navarro", "Account");
        browser.waitForText(By.id("audit:table_data"), "First name: Ines → Inés María");
        browser.waitForText(By.id("audit:table_data"), "Roles: Trainee → Faculty, Trainee");
        browser.waitForText(By.id("audit:table_data"), "ines.audit@example.org");

        browser.click("header:spanish");
        browser.waitForText(By.id("audit:search"), "Buscar");
        searchTodaysAccountChangesBy("Navarro", "Cuenta");
        browser.waitForText(By.id("audit:table_data"), "Nombre: Ines → Inés María");
        browser.waitForText(By.id("audit:table_data"), "Roles: Participante en formación → Docente, Participante en formación");

        browser.typeDate("audit:from", "2026-02-30");
        browser.click("audit:search");
        assertEquals("Escriba una fecha real con el formato AAAA-MM-DD.", browser.messageAt("audit:from"));
        browser.typeDate("audit:from", "2026-03-02");
        browser.typeDate("audit:to", "2026-03-01");
        browser.click("audit:search");
        assertEquals("La fecha de inicio no puede ser posterior a la fecha de fin.", browser.messageAt("audit:to"));
        // the table keeps the last valid search
        browser.waitForText(By.id("audit:table_data"), "Nombre: Ines → Inés María");
        browser.click("header:english");
        browser.waitForText(By.id("nav-home"), "Home");
        browser.signOut();
    }

    /** Today's (UTC) entries of this kind by the person found by the typed name and chosen among the suggestions. */
    private static void searchTodaysAccountChangesBy(String name, String kindLabel) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        browser.type("audit:actor_input", name);
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[id='audit:actor_panel'] li[data-item-value='" + DemoPerson.ADMIN.email() + "']"))).click();
        browser.typeDate("audit:from", today);
        browser.typeDate("audit:to", today);
        browser.choose("audit:entityType", kindLabel);
        browser.clickAndAwaitUpdate("audit:search");
    }

    /** Fills the account form; roleIndex is the position of the role's checkbox (0 trainee, 1 faculty...). */
    private static void fillAccountForm(String email, String firstName, String lastName, int roleIndex, String password) {
        browser.type("account:email", email);
        browser.type("account:firstName", firstName);
        browser.type("account:lastName", lastName);
        browser.check("account:roles:" + roleIndex);
        browser.type("account:password", password);
    }
}
