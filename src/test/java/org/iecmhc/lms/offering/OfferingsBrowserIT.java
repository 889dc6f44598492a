package org.iecmhc.lms.offering;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.identity.LinkTokens;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A provider, with no account, finds an offering on the public list, registers, confirms the address with the
 * mailed link and cancels with the other, in Spanish and in English; at a phone's width the page fits and the form
 * works. The links are read from the application's outbox. A participant answers a survey through their own link, once.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class OfferingsBrowserIT {

    private static final Pattern CONFIRM = Pattern.compile("http://\\S+/offerings/confirm\\.xhtml\\?token=[A-Za-z0-9_.-]+");
    private static final Pattern CANCEL = Pattern.compile("http://\\S+/offerings/cancel\\.xhtml\\?token=[A-Za-z0-9_.-]+");
    private static final Pattern CALENDAR = Pattern.compile("http://\\S+(/offerings/invitation\\.ics\\?token=[A-Za-z0-9_.-]+)");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @AfterEach
    void backToDesktop() {
        browser.driver().manage().window().setSize(DESKTOP);
    }

    @Test
    void aProviderRegistersConfirmsAndCancelsInSpanishWithoutAnAccount() {
        registerConfirmAndCancel(Language.ES, "Rutinas y transiciones", "eva.publica@family.example.org",
                "Confirme su inscripción: Rutinas y transiciones", "Su inscripción está confirmada", "Su inscripción está cancelada");
    }

    @Test
    void aProviderRegistersConfirmsAndCancelsInEnglishWithoutAnAccount() {
        registerConfirmAndCancel(Language.EN, "Challenging behaviors: what helps", "pat.public@family.example.org",
                "Confirm your registration: Challenging behaviors: what helps", "Your registration is confirmed",
                "Your registration is cancelled");
    }

    @Test
    void theRegistrationPageFitsAPhoneAndItsFormWorks() {
        browser.forget();
        browser.driver().manage().window().setSize(PHONE);
        openOffering(Language.ES, "Apoyo entre proveedoras");
        Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth + ' of ' + document.documentElement.clientWidth");
        String[] parts = String.valueOf(widths).split(" of ");
        assertTrue(Integer.parseInt(parts[0]) <= Integer.parseInt(parts[1]), "scrolls sideways: " + widths);
        fillAndSend("lu.telefono@family.example.org", "Maestro o maestra");
        browser.waitForText(By.id("check-mail"), "Si la dirección es correcta");
        assertEquals("Confirme su inscripción: Apoyo entre proveedoras", newestMailTo("lu.telefono@family.example.org").get(0));
    }

    @Test
    void aParticipantAnswersTheSurveyOnceThroughTheirOwnLinkInEitherLanguageWithoutAnAccount() throws SQLException {
        String english = surveyLinkFor("Pat's Place", "Sleep and naps", Language.EN);
        String spanish = surveyLinkFor("Casa de Eva", "Siestas y descanso", Language.ES);
        answerOnce(english, "en", "Was the Open-Door session \"Sleep and naps\" worthwhile for you?", "Please answer yes or no.",
                "Thank you! Your answer has been recorded.", "already been answered");
        answerOnce(spanish, "es", "¿Le resultó valiosa la sesión de Puertas Abiertas «Siestas y descanso»?",
                "Responda sí o no", "¡Gracias! Su respuesta quedó registrada.", "ya se respondió");
        assertEquals(List.of(List.of("PARTICIPANT", "consented"), List.of("PARTICIPANT", "consented")),
                Sql.rows(RunningApplication.dataSource(), "select a.answered_by, if(a.consent_to_quote, 'consented', 'not')"
                        + " from open_door_attendance a join provider p on p.id = a.provider_id"
                        + " where p.name in ('Pat''s Place', 'Casa de Eva') order by a.id"));
    }

    private static void answerOnce(String token, String language, String question, String ratingRequired, String thanks,
                                   String usedAlready) {
        String link = "/survey/answer.xhtml?token=" + token;
        step("the mailed link opens the survey in the participant's language, without an account", () -> {
            browser.forget();
            browser.open(link + "&lang=" + language);
            browser.waitForText(By.id("answer"), question);
        });
        step("an answer needs the yes or no", () -> {
            browser.type("answer:comments", "Practical ideas");
            browser.click("answer:send");
            assertTrue(browser.messageAt("answer:rating").contains(ratingRequired));
            assertEquals("Practical ideas", browser.driver().findElement(By.id("answer:comments")).getAttribute("value"));
        });
        step("the answer is recorded with the consent to quote", () -> {
            browser.check("answer:rating:0");
            browser.tick("answer:consent");
            browser.click("answer:send");
            browser.waitForText(By.id("done"), thanks);
        });
        step("the link does not answer twice", () -> {
            browser.open(link);
            browser.waitForText(By.id("invalid"), usedAlready);
        });
    }

    /**
     * A provider who came to a past Open-Door session and the token of their survey link, written as the application
     * writes them: only the token's hash is stored (the mails and the link's rules are the persistence test's).
     */
    private static String surveyLinkFor(String provider, String session, Language language) throws SQLException {
        String token = LinkTokens.newToken();
        String name = provider.replace("'", "''");
        Sql.execute(RunningApplication.dataSource(), "insert into provider (name, kind, county_fips, contact_email)"
                + " values ('" + name + "', 'CENTER_BASED', '06019', 'survey@family.example.org')");
        Sql.execute(RunningApplication.dataSource(), "insert into open_door_session (held_on, title, language, facilitator_id)"
                + " select utc_date() - interval 3 day, '" + session + "', '" + language.name() + "', min(id) from account");
        Sql.execute(RunningApplication.dataSource(), "insert into open_door_attendance (session_id, provider_id)"
                + " select (select max(id) from open_door_session where title = '" + session + "'),"
                + " (select max(id) from provider where name = '" + name + "')");
        Sql.execute(RunningApplication.dataSource(), "insert into survey_link (token_hash, survey_kind, record_id, email,"
                + " language, created_at, expires_at) select '" + LinkTokens.hashOf(token) + "', 'opendoor', max(a.id),"
                + " 'survey@family.example.org', '" + language.name() + "', utc_timestamp(3) - interval 1 day, utc_timestamp(3) + interval 29 day"
                + " from open_door_attendance a join provider p on p.id = a.provider_id where p.name = '" + name + "'");
        return token;
    }

    private static void registerConfirmAndCancel(Language language, String title, String email, String subject,
                                                 String confirmed, String cancelled) {
        browser.forget();
        step("the public list shows the offering and its page the form; a missing field is refused at the field", () -> {
            openOffering(language, title);
            browser.click("register:send");
            assertTrue(browser.messageAt("register:name").length() > 0, "the name is required");
        });
        step("registering answers 'check your mail' and mails the confirm link in the page's language", () -> {
            fillAndSend(email, language == Language.ES ? "Maestro o maestra" : "Teacher");
            browser.waitFor(By.id("check-mail"));
            assertEquals(subject, newestMailTo(email).get(0));
        });
        String confirmLink = link(newestMailTo(email).get(1), CONFIRM);
        step("the confirm link asks first, then holds the seat and mails the calendar and cancel links", () -> {
            browser.forget();
            browser.driver().get(confirmLink);
            browser.use(language);
            browser.waitForText(By.id("offering"), title);
            browser.click("confirm:go");
            browser.waitForText(By.id("seat"), confirmed);
            Matcher calendar = CALENDAR.matcher(newestMailTo(email).get(1));
            assertTrue(calendar.find());
            HttpResponse<String> ics = WebSession.anonymous().get(calendar.group(1));
            assertEquals(200, ics.statusCode());
            assertTrue(ics.body().contains("SUMMARY:" + title.replace(",", "\\,")), ics.body());
        });
        step("the confirm link does not work twice", () -> {
            browser.driver().get(confirmLink);
            browser.waitFor(By.id("invalid"));
        });
        String cancelLink = link(newestMailTo(email).get(1), CANCEL);
        step("the cancel link cancels, once", () -> {
            browser.driver().get(cancelLink);
            browser.use(language);
            browser.click("cancel:go");
            browser.waitForText(By.id("cancelled"), cancelled);
            browser.driver().get(cancelLink);
            browser.waitFor(By.id("invalid"));
        });
    }

    private static void openOffering(Language language, String title) {
        browser.open("/offerings");
        browser.use(language);
        browser.waitFor(By.linkText(title)).click();
        browser.waitFor(By.id("register:name"));
    }

    private static void fillAndSend(String email, String role) {
        browser.type("register:name", "Pat Public");
        browser.type("register:email", email);
        browser.type("register:program", "Little Steps Center");
        browser.choose("register:county", "Fresno");
        browser.choose("register:role", role);
        browser.click("register:send");
    }

    private static String link(String text, Pattern pattern) {
        Matcher link = pattern.matcher(text);
        assertTrue(link.find(), text);
        return link.group();
    }

    /** Subject and text of the newest mail to this address. */
    private static List<String> newestMailTo(String email) {
        try {
            return Sql.rows(RunningApplication.dataSource(), "select subject, text_body from outbox_mail where recipient = '"
                    + email + "' order by id desc limit 1").get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
