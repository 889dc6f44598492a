package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.stream.Stream;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * Signing in as each role in Chromium with the sign-in form (the other browser tests sign in over HTTP and hand the
 * session to Chromium): the role's menu and home, and the English/Spanish switch.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class SignInBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @AfterEach
    void signOutIfSignedIn() {
        if (browser.isPresent(By.id("header:signOut"))) {
            browser.signOut();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DemoPerson.class, names = {"ADMIN", "FACULTY", "TRAINEE_EN", "HELPLINE", "CONSULTANT"})
    void eachRoleSeesItsMenuAndSwitchesToSpanishAndBack(DemoPerson person) {
        browser.signInWithTheForm(person.email(), DemoData.PASSWORD);
        browser.waitFor(By.id("welcome"));
        assertTrue(browser.text(By.id("signed-in-as")).length() > 3, "the person's name is shown");
        boolean admin = person == DemoPerson.ADMIN;
        assertEquals(admin, browser.isPresent(By.id("nav-accounts")), "accounts menu only for administrators");
        assertEquals(admin, browser.isPresent(By.id("nav-audit")), "audit menu only for administrators");
        assertTrue(browser.isPresent(By.id("nav-settings")));
        String homeSection = switch (person) {
            case ADMIN -> "home-administrator";
            case FACULTY -> "home-faculty";
            case HELPLINE -> "home-helpline";
            case CONSULTANT -> "home-consultant";
            default -> "home-trainee";
        };
        assertTrue(browser.isPresent(By.id(homeSection)), "home shows the " + person + " section");
        assertEquals(1, Stream.of("home-administrator", "home-faculty", "home-trainee", "home-helpline", "home-consultant")
                .filter(id -> browser.isPresent(By.id(id))).count(), "only that role's section, beside what everyone sees");

        browser.useEnglish();
        browser.waitForText(By.id("nav-home"), "Home");
        browser.click("header:spanish");
        browser.waitForText(By.id("nav-home"), "Inicio");
        assertEquals("es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Cerrar sesión", browser.text(By.id("header:signOut")));

        browser.click("header:english");
        browser.waitForText(By.id("nav-home"), "Home");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void theChosenLanguageIsRememberedOnTheAccount() {
        DemoPerson person = DemoPerson.FACULTY_CONSULTANT;
        browser.signInWithTheForm(person.email(), DemoData.PASSWORD);
        browser.waitForText(By.id("nav-home"), "Home");
        browser.click("header:spanish");
        browser.waitForText(By.id("nav-home"), "Inicio");
        browser.signOut();

        browser.signInWithTheForm(person.email(), DemoData.PASSWORD);
        browser.waitForText(By.id("nav-home"), "Inicio");
        assertTrue(browser.isPresent(By.id("home-faculty")) && browser.isPresent(By.id("home-consultant")),
                "someone with two roles sees both");
        browser.click("header:english");
        browser.waitForText(By.id("nav-home"), "Home");
    }

    @Test
    void aSpanishSpeakingTraineeArrivesInSpanish() {
        browser.signInWithTheForm(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        browser.waitForText(By.id("nav-home"), "Inicio");
        assertTrue(browser.text(By.id("welcome")).startsWith("Bienvenido/a, María López"));
    }

    @Test
    void aWrongPasswordIsRefusedAtTheFieldAndTheEmailIsKept() {
        browser.signInWithTheForm(DemoPerson.FACULTY.email(), "not the password at all");
        assertEquals("The email or password is not correct. After 5 failed attempts an account is locked for 15 minutes.",
                browser.messageAt("login:password"));
        assertEquals(DemoPerson.FACULTY.email(), browser.waitFor(By.id("login:email")).getAttribute("value"));
        assertFalse(browser.isPresent(By.id("header:signOut")));
    }

    @Test
    void anEmptyFormGetsATranslatedRequiredMessage() {
        browser.open("/login.xhtml");
        browser.click("header:spanish");
        browser.waitForText(By.id("login:signIn"), "Iniciar sesión");
        browser.click("login:signIn");
        assertTrue(browser.messageAt("login:email").contains("este campo es obligatorio"));
        browser.click("header:english");
        browser.waitForText(By.id("login:signIn"), "Sign in");
    }

    @Test
    void signingInLeadsBackToThePageAskedFor() {
        browser.open("/account/settings.xhtml");
        browser.type("login:email", DemoPerson.HELPLINE.email());
        browser.type("login:password", DemoData.PASSWORD);
        browser.click("login:signIn");
        browser.waitFor(By.id("settings:current"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/settings.xhtml"));
        List.of("nav-home", "nav-settings").forEach(id -> assertTrue(browser.isPresent(By.id(id))));
    }
}
