package org.iecmhc.lms.identity;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Invitations and "forgot your password?" in Chromium, with the links read from the application's outbox: a roster
 * import invites each new person in their language, the link chooses the password once, and a reset ends the
 * person's other sessions.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class AccountLinksBrowserIT {

    private static final String HEADER = "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n";
    private static final Pattern LINK = Pattern.compile("http://\\S+/account/set-password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aRosterImportInvitesEachPersonInTheirLanguageAndTheLinkChoosesThePasswordOnce() {
        int cohort = cohortWithRoster("Invited roster", "invited.es@example.org,Lupe,Invitada,es,,,,\n"
                + "invited.en@example.org,Lee,Invited,en,,,,\n");
        String[] spanish = {null};
        step("each new person has a mail in their own language, and the roster says it was sent", () -> {
            spanish[0] = lastLinkTo("invited.es@example.org", "Su cuenta en la Red IECMHC");
            lastLinkTo("invited.en@example.org", "Your account at the IECMHC Network");
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.open("/cohort/enrollments.xhtml?cohort=" + cohort);
            String roster = browser.text(By.id("enrollments:table_data"));
            assertEquals(2, roster.split("Sent", -1).length - 1, roster);
            browser.signOut();
        });
        step("two different passwords are refused at the field, keeping the link", () -> {
            browser.driver().get(spanish[0]);
            browser.useEnglish();
            browser.waitForText(By.id("for-account"), "invited.es@example.org");
            browser.type("setPassword:password", "mi contraseña nueva");
            browser.type("setPassword:confirmation", "otra contraseña");
            browser.click("setPassword:choose");
            assertEquals("The two new passwords do not match.", browser.messageAt("setPassword:confirmation"));
        });
        step("the password is chosen and signs the person in", () -> {
            browser.type("setPassword:password", "mi contraseña nueva");
            browser.type("setPassword:confirmation", "mi contraseña nueva");
            browser.click("setPassword:choose");
            browser.waitForText(By.cssSelector(".ui-growl"), "Your password is saved. Sign in with it now.");
            browser.signIn("invited.es@example.org", "mi contraseña nueva");
            browser.waitForText(By.id("welcome"), "Bienvenido/a, Lupe Invitada");
            browser.signOut();
        });
        step("the link works only once and offers a new one", () -> {
            browser.driver().get(spanish[0]);
            browser.useEnglish();
            browser.waitForText(By.id("refused-reason"), "This link was already used");
            browser.click("ask-again");
            browser.waitFor(By.id("forgot:email"));
        });
        step("the administrator sees the invitation accepted", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.open("/cohort/enrollments.xhtml?cohort=" + cohort);
            String roster = browser.text(By.id("enrollments:table_data"));
            assertTrue(roster.contains("Accepted") && roster.contains("Sent"), roster);
            browser.signOut();
        });
    }

    @Test
    void aForgottenPasswordIsResetByMailAndEndsThePersonsOtherSessions() {
        cohortWithRoster("Reset roster", "forgetful.trainee@example.org,Fran,Forgetful,en,,,,\n");
        browser.driver().get(lastLinkTo("forgetful.trainee@example.org", "Your account at the IECMHC Network"));
        browser.useEnglish();
        choosePassword("my first own password");
        WebSession elsewhere = WebSession.signedIn("forgetful.trainee@example.org", "my first own password");
        assertEquals(200, elsewhere.get("/index.xhtml").statusCode(), "signed in on another device");

        step("an unknown address and a known one get the same answer", () -> {
            for (String email : List.of("no.such.person@example.org", "forgetful.trainee@example.org")) {
                browser.open("/login.xhtml");
                browser.click("login:forgot");
                browser.type("forgot:email", email);
                browser.click("forgot:send");
                browser.waitForText(By.cssSelector(".ui-growl"), "If " + email + " belongs to an account, a link");
            }
            assertEquals(0, mailsTo("no.such.person@example.org"));
        });
        step("the mailed link chooses a new password, which ends the other session", () -> {
            browser.driver().get(lastLinkTo("forgetful.trainee@example.org", "Choose a new password"));
            choosePassword("my second own password");
            HttpResponse<String> ended = elsewhere.get("/index.xhtml");
            assertEquals(302, ended.statusCode());
            assertTrue(ended.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
            browser.signIn("forgetful.trainee@example.org", "my second own password");
            browser.waitForText(By.id("welcome"), "Fran Forgetful");
            browser.signOut();
            assertEquals("Your password was changed", lastSubjectTo("forgetful.trainee@example.org"));
        });
        step("a forged link shows the clear page", () -> {
            browser.open("/account/set-password.xhtml?token=forged" + "A".repeat(37));
            browser.waitForText(By.id("refused-reason"), "This link is not valid.");
        });
    }

    @Test
    void theApiAnswers202WhetherTheAddressIsKnownOrNot() {
        long before = mailsTo(DemoPerson.FACULTY_CONSULTANT.email());
        HttpResponse<String> unknown = reset("{\"email\":\"nobody.known@example.org\"}");
        HttpResponse<String> known = reset("{\"email\":\"" + DemoPerson.FACULTY_CONSULTANT.email() + "\"}");
        assertEquals(202, unknown.statusCode(), unknown.body());
        assertEquals(202, known.statusCode(), known.body());
        assertEquals(unknown.body(), known.body());
        assertEquals(before + 1, mailsTo(DemoPerson.FACULTY_CONSULTANT.email()));
        assertEquals(200, WebSession.api("GET", "/api/v1/me", DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD)
                .statusCode(), "asking for a link changes nothing until it is used");
        assertEquals(400, reset("{\"email\":\"not an address\"}").statusCode());
        assertEquals(400, reset("[1, 2]").statusCode());
    }

    private static void choosePassword(String password) {
        browser.type("setPassword:password", password);
        browser.type("setPassword:confirmation", password);
        browser.click("setPassword:choose");
        browser.waitFor(By.id("login:email"));
    }

    private static HttpResponse<String> reset(String body) {
        return WebSession.api("POST", "/api/v1/password-reset", null, null, "application/json", body);
    }

    private static int cohortWithRoster(String name, String lines) {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/cohorts", DemoPerson.ADMIN.email(),
                DemoData.PASSWORD, "application/json", "{\"name\":\"" + name + "\",\"startDate\":\"2031-09-01\","
                        + "\"endDate\":\"2032-06-30\",\"language\":\"bilingual\",\"capacity\":10}");
        assertEquals(201, created.statusCode(), created.body());
        int id = Json.createReader(new StringReader(created.body())).readObject().getInt("id");
        HttpResponse<String> imported = WebSession.api("POST", "/api/v1/cohorts/" + id + "/roster",
                DemoPerson.ADMIN.email(), DemoData.PASSWORD, "text/csv", HEADER + lines);
        assertEquals(200, imported.statusCode(), imported.body());
        return id;
    }

    /** The link of the newest mail to this address, which must have this subject. */
    private static String lastLinkTo(String email, String subject) {
        List<String> mail = newestMailTo(email);
        assertEquals(subject, mail.get(0));
        Matcher link = LINK.matcher(mail.get(1));
        assertTrue(link.find(), mail.get(1));
        return link.group();
    }

    private static String lastSubjectTo(String email) {
        return newestMailTo(email).get(0);
    }

    private static List<String> newestMailTo(String email) {
        try {
            return Sql.rows(RunningApplication.dataSource(), "select subject, text_body from outbox_mail where recipient = '"
                    + email + "' order by id desc limit 1").get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long mailsTo(String email) {
        try {
            return Long.parseLong(Sql.rows(RunningApplication.dataSource(),
                    "select count(*) from outbox_mail where recipient = '" + email + "'").get(0).get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
