package org.iecmhc.lms.notification;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A new person's notifications in Chromium: the bell counts the notice of their password change, the page shows it in
 * the reader's language and marks it read, the settings keep a choice, and the mail's unsubscribe link works
 * without signing in while a forged one changes nothing.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class NotificationsBrowserIT {

    private static final String EMAIL = "notified.person@example.org";
    private static final String FIRST = "my first own password";
    private static final String SECOND = "my second own password";
    private static final Pattern SET_PASSWORD = Pattern.compile("http://\\S+/account/set-password\\.xhtml\\?token=\\S+");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://\\S+/notification/unsubscribe\\.xhtml\\?token=\\S+");
    private static final By BELL = By.id("header:bell");

    @Test
    void theBellThePageTheSettingsAndTheUnsubscribeLinkInSpanishAndEnglish(Browser browser) {
        step("a new Spanish-speaking person chooses a password from their invitation", () -> {
            invite();
            browser.driver().get(newestLink(SET_PASSWORD));
            browser.type("setPassword:password", FIRST);
            browser.type("setPassword:confirmation", FIRST);
            browser.click("setPassword:choose");
            browser.waitFor(By.id("login:email"));
        });
        step("the bell counts the notice of their own password change", () -> {
            browser.signIn(EMAIL, FIRST);
            browser.useSpanish();
            assertEquals("Avisos (0)", browser.text(BELL));
            browser.open("/account/settings.xhtml");
            browser.type("settings:current", FIRST);
            browser.type("settings:password", SECOND);
            browser.type("settings:confirmation", SECOND);
            browser.click("settings:change");
            browser.waitForText(BELL, "Avisos (1)");
        });
        step("the page shows it in the reader's language and marks all read", () -> {
            browser.click("header:bell");
            browser.waitForText(By.id("list"), "Nuevo: Su contraseña cambió.");
            browser.useEnglish();
            browser.waitForText(By.id("list"), "New: Your password was changed.");
            browser.click("notifications:markAll");
            browser.waitForText(By.cssSelector(".ui-growl"), "All your notifications are marked as read.");
            assertEquals("Notifications (0)", browser.text(BELL));
            assertTrue(browser.text(By.id("list")).startsWith("Your password was changed."),
                    browser.text(By.id("list")));
        });
        step("the settings keep a choice per kind", () -> {
            browser.click("notifications:preferences");
            browser.choose("preferences:kinds:0:delivery", "A daily summary e-mail");
            browser.click("preferences:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "Your notification settings are saved.");
            browser.open("/notification/preferences.xhtml");
            assertEquals("A daily summary e-mail", browser.text(By.id("preferences:kinds:0:delivery_label")));
            browser.signOut();
        });
        String unsubscribe = newestLink(UNSUBSCRIBE);
        step("the mail's unsubscribe link works without signing in, in Spanish", () -> {
            browser.driver().get(unsubscribe);
            browser.useSpanish();
            browser.waitForText(By.id("question"), "¿Dejar de recibir correos sobre «Cambios en su cuenta»?");
            browser.click("stop:confirm");
            browser.waitForText(By.id("stopped"), "Ya no recibirá correos sobre «Cambios en su cuenta».");
        });
        step("a forged link says so in English and changes nothing", () -> {
            browser.driver().get(unsubscribe.replace("ACCOUNT_CHANGE", "ASSIGNMENT_DUE"));
            browser.useEnglish();
            browser.waitForText(By.id("invalid"), "This link is not valid. Nothing was changed.");
            assertTrue(!browser.isPresent(By.id("stop:confirm")), "nothing to confirm");
        });
        step("signed in again, account changes come in-app only and the other choice stayed", () -> {
            browser.signIn(EMAIL, SECOND);
            browser.open("/notification/preferences.xhtml");
            assertEquals("No e-mail, in the application only",
                    browser.text(By.id("preferences:kinds:7:delivery_label")));
            assertEquals("A daily summary e-mail", browser.text(By.id("preferences:kinds:0:delivery_label")));
            browser.signOut();
        });
    }

    /** The person joins a new cohort by a roster import, which mails them an invitation in Spanish. */
    private static void invite() {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/cohorts", DemoPerson.ADMIN.email(),
                DemoData.PASSWORD, "application/json", "{\"name\":\"Notified cohort\",\"startDate\":\"2031-09-01\","
                        + "\"endDate\":\"2032-06-30\",\"language\":\"bilingual\",\"capacity\":10}");
        assertEquals(201, created.statusCode(), created.body());
        int id = Json.createReader(new StringReader(created.body())).readObject().getInt("id");
        HttpResponse<String> imported = WebSession.api("POST", "/api/v1/cohorts/" + id + "/roster",
                DemoPerson.ADMIN.email(), DemoData.PASSWORD, "text/csv",
                "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n"
                        + EMAIL + ",Nora,Notificada,es,,,,\n");
        assertEquals(200, imported.statusCode(), imported.body());
    }

    /** The first link of this kind in the newest mail to the person that has one. */
    private static String newestLink(Pattern link) {
        try {
            List<List<String>> mails = Sql.rows(RunningApplication.dataSource(),
                    "select text_body from outbox_mail where recipient = '" + EMAIL + "' order by id desc");
            for (List<String> mail : mails) {
                Matcher found = link.matcher(mail.get(0));
                if (found.find()) {
                    return found.group();
                }
            }
            throw new AssertionError("no such link in the mails to " + EMAIL);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
