package org.iecmhc.lms.identity;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.SignedIn;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Access tokens in Chromium: a person makes one on their settings page in English, sees it once, uses it and revokes
 * it; an administrator does the same for another account on its page in Spanish.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class AccessTokensBrowserIT {

    private static final String NEXT_WEEK = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(7).toString();

    @Test
    @SignedIn(DemoPerson.TRAINEE_EN)
    void aPersonMakesATokenSeesItOnceAndRevokesIt(Browser browser) {
        String[] secret = {null};
        step("a token without a name is refused at the field", () -> {
            browser.open("/account/settings.xhtml");
            browser.waitForText(By.id("tokens-title"), "Access tokens for the API");
            browser.click("tokens:create");
            assertEquals("Give the token a name to recognise it by.", browser.messageAt("tokens:name"));
        });
        step("the token is made and shown once", () -> {
            browser.type("tokens:name", "Course sync");
            browser.check("tokens:scopes:0");
            browser.check("tokens:scopes:9");
            browser.typeDate("tokens:expiresOn", NEXT_WEEK);
            browser.click("tokens:create");
            browser.waitForText(By.cssSelector(".ui-growl"), "The token was created.");
            secret[0] = browser.waitFor(By.id("tokens:secret")).getAttribute("value");
            assertEquals(43, secret[0].length());
            String row = browser.text(By.id("tokens:list_data"));
            assertTrue(row.contains("Course sync") && row.contains("Training program: read")
                    && row.contains("Accounts: read and write") && row.contains(NEXT_WEEK) && row.contains("Never"), row);
            assertEquals(200, me(secret[0]).statusCode());
            browser.open("/account/settings.xhtml");
            browser.waitForText(By.id("tokens:list_data"), "Course sync");
            assertFalse(browser.isPresent(By.id("tokens:secret")), "shown once only");
            assertFalse(browser.driver().getPageSource().contains(secret[0]));
        });
        step("revoked after confirmation, it opens nothing", () -> {
            browser.click("tokens:list:0:revoke");
            browser.confirm();
            browser.waitForText(By.cssSelector(".ui-growl"), "The token was revoked.");
            browser.waitForText(By.id("tokens:list_data"), "No access tokens.");
            assertEquals(401, me(secret[0]).statusCode());
        });
    }

    @Test
    @SignedIn(value = DemoPerson.ADMIN, language = Language.ES)
    void anAdministratorMakesATokenForAnotherAccountOnItsPageInSpanish(Browser browser) throws SQLException {
        String mentor = Sql.rows(RunningApplication.dataSource(), "select id from account where email = '"
                + DemoPerson.FACULTY_CONSULTANT.email() + "'").get(0).get(0);
        String[] secret = {null};
        step("made on the account's page for that account", () -> {
            browser.open("/account/account.xhtml?id=" + mentor);
            browser.waitForText(By.id("tokens-title"), "Tokens de acceso para la API");
            browser.type("tokens:name", "Informe de supervisión");
            browser.check("tokens:scopes:2");
            browser.click("tokens:create");
            assertEquals("Elija la fecha en que vence el token.", browser.messageAt("tokens:expiresOn"));
            browser.typeDate("tokens:expiresOn", NEXT_WEEK);
            browser.click("tokens:create");
            browser.waitForText(By.cssSelector(".ui-growl"), "Se creó el token.");
            secret[0] = browser.waitFor(By.id("tokens:secret")).getAttribute("value");
            assertTrue(browser.text(By.id("tokens:list_data")).contains("Horas (supervisión, prácticas): lectura"));
            HttpResponse<String> call = WebSession.anonymous().callApi("GET", "/api/v1/supervision/sessions?cohort=1",
                    null, null, null, null, Map.of("Authorization", "Bearer " + secret[0]));
            assertEquals(200, call.statusCode(), "as the faculty account, within the token's scope: " + call.body());
            assertEquals(403, me(secret[0]).statusCode(), "no accounts scope");
        });
        step("revoked by the administrator", () -> {
            browser.click("tokens:list:0:revoke");
            browser.confirm();
            browser.waitForText(By.cssSelector(".ui-growl"), "Se revocó el token.");
            browser.waitForText(By.id("tokens:list_data"), "No hay tokens de acceso.");
            assertEquals(401, me(secret[0]).statusCode());
        });
    }

    private static HttpResponse<String> me(String token) {
        return WebSession.anonymous().callApi("GET", "/api/v1/me", null, null, null, null,
                Map.of("Authorization", "Bearer " + token));
    }
}
