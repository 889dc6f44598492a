package org.iecmhc.lms.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.IdentityProvider;
import org.iecmhc.lms.testsupport.PrivateApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * Signing in through a real OpenID Connect provider ({@link IdentityProvider}) in Chromium, on the private instance
 * that trusts it: the person lands on the page they asked for with the roles their account has here, and an
 * unknown, unverified or deactivated address is refused with a translated message; an account an administrator
 * switched to single sign-on only is told so at the password form and signs in through the provider instead.
 */
@ExtendWith(PrivateApplication.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PrivateApplication.RESOURCE)
class SingleSignOnBrowserIT {

    private static final By SSO_BUTTON = By.id("ssoSignIn");
    private static final By REFUSAL = By.id("ssoRefused");
    private static final By SIGN_OUT = By.id("header:signOut");
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        // A browser of its own: the shared one belongs to the classes that run one after the other.
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void startAfreshAsNobody() {
        browser.forget();
    }

    @Test
    void anAdministratorSignsInThroughTheProviderToThePageAskedForWithTheRolesOfTheAccountHere() throws SQLException {
        long entriesBefore = ssoSignInsOf(DemoPerson.ADMIN.email());
        open("/login.xhtml?next=%2Faccount%2Faccounts.xhtml");
        assertEquals("Sign in with your organization's account", browser.text(SSO_BUTTON));
        IdentityProvider.nextSignIn(DemoPerson.ADMIN.email(), true);
        browser.driver().findElement(SSO_BUTTON).click();

        browser.waitFor(SIGN_OUT);
        assertTrue(browser.driver().getCurrentUrl().startsWith(PrivateApplication.url() + "/account/accounts.xhtml"),
                browser.driver().getCurrentUrl());
        assertTrue(browser.isPresent(By.id("nav-accounts")), "an administrator here, whatever the provider knows");
        assertEquals(entriesBefore + 1, ssoSignInsOf(DemoPerson.ADMIN.email()), "the audit log has the sign-in");

        open("/index.xhtml");
        assertTrue(browser.isPresent(SIGN_OUT), "the session goes on like one signed in with a password");
    }

    @Test
    void theProviderCannotSignInAnUnknownAnUnverifiedOrADeactivatedAddress() {
        refusedAt("stranger@example.org", true, "no account here has its e-mail address");
        refusedAt(DemoPerson.FACULTY.email(), false, "has no verified e-mail address");

        PrivateApplication.database().execute("update lms.account set active = false,"
                + " security_stamp = security_stamp + 1 where email = '" + DemoPerson.HELPLINE.email() + "'");
        try {
            refusedAt(DemoPerson.HELPLINE.email(), true, "This account has been deactivated.");
        } finally {
            PrivateApplication.database().execute("update lms.account set active = true,"
                    + " security_stamp = security_stamp + 1 where email = '" + DemoPerson.HELPLINE.email() + "'");
        }

        open("/login.xhtml");
        browser.click("header:spanish");
        browser.waitForText(SSO_BUTTON, "Iniciar sesión con la cuenta de su organización");
        IdentityProvider.nextSignIn(DemoPerson.FACULTY.email(), false);
        browser.driver().findElement(SSO_BUTTON).click();
        assertTrue(browser.text(REFUSAL).contains("no tiene un correo electrónico verificado"), browser.text(REFUSAL));
        assertFalse(browser.isPresent(SIGN_OUT));
    }

    @Test
    void aPersonAnAdministratorSwitchedToSingleSignOnIsToldSoInSpanishAndSignsInThroughTheProvider() throws SQLException {
        String email = DemoPerson.CONSULTANT.email();
        try {
            open("/login.xhtml");
            IdentityProvider.nextSignIn(DemoPerson.ADMIN.email(), true);
            browser.waitFor(SSO_BUTTON).click();
            browser.waitFor(SIGN_OUT);
            open("/account/account.xhtml?id=" + accountId(email));
            browser.waitForText(By.cssSelector("label[for='account:passwordSignIn_input']"), "Password sign-in");
            browser.waitFor(By.cssSelector("[id='account:passwordSignIn'] .ui-chkbox-box")).click();
            browser.click("account:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The account was saved.");
            browser.forget();

            open("/login.xhtml");
            browser.click("header:spanish");
            browser.waitForText(By.id("login:signIn"), "Iniciar sesión");
            browser.type("login:email", email);
            browser.type("login:password", DemoData.PASSWORD);
            browser.click("login:signIn");
            assertEquals("Su cuenta no inicia sesión con contraseña. Use el botón «Iniciar sesión con la cuenta de su"
                    + " organización».", browser.messageAt("login:password"));
            assertFalse(browser.isPresent(SIGN_OUT));

            IdentityProvider.nextSignIn(email, true);
            browser.driver().findElement(SSO_BUTTON).click();
            browser.waitForText(By.id("nav-home"), "Inicio");
            assertTrue(browser.isPresent(By.id("home-consultant")));
        } finally {
            PrivateApplication.database().execute("update lms.account set password_sign_in = true,"
                    + " security_stamp = security_stamp + 1 where email = '" + email + "'");
        }
    }

    private static void refusedAt(String email, boolean verified, String message) {
        open("/login.xhtml");
        IdentityProvider.nextSignIn(email, verified);
        browser.waitFor(SSO_BUTTON).click();
        assertTrue(browser.text(REFUSAL).contains(message), email + ": " + browser.text(REFUSAL));
        assertFalse(browser.isPresent(SIGN_OUT), email);
        browser.forget();
    }

    private static void open(String path) {
        browser.driver().get(PrivateApplication.url() + path);
    }

    private static long accountId(String email) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PrivateApplication.database().jdbcUrl("lms"), "root", "");
             PreparedStatement query = connection.prepareStatement("select id from account where email = ?")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long ssoSignInsOf(String email) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PrivateApplication.database().jdbcUrl("lms"), "root", "");
             PreparedStatement query = connection.prepareStatement("select count(*) from audit_entry where actor = ?"
                     + " and action = 'SIGN_IN' and summary = ?")) {
            query.setString(1, email);
            query.setString(2, SsoServlet.AUDIT_SUMMARY);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
