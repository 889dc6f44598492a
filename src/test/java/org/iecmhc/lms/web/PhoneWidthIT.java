package org.iecmhc.lms.web;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.iecmhc.lms.web.AccessMatrixIT.Access;
import org.iecmhc.lms.web.AccessMatrixIT.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * At a phone's width (390 x 844), in Spanish, whose texts run longest: no page of the access matrix scrolls sideways
 * for the role that sees it (a wide grid such as the gradebook scrolls inside its own box instead), and a week's work
 * gets done there: a trainee hands in an assignment, logs practicum time and reads her progress; a consultant logs an
 * activity; a new person chooses a password, signs in and asks for a new link.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class PhoneWidthIT {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));
    private static final Pattern LINK = Pattern.compile("http://\\S+/account/set-password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    @AfterEach
    void backToDesktop(Browser browser) {
        browser.driver().manage().window().setSize(DESKTOP);
        browser.reset();
    }

    /** Every page of the access matrix fits the phone too: AccessibilityIT checks that when it scans it at this width. */
    @Test
    void theGradebookScrollsInItsBoxNotThePage(Browser browser) throws SQLException {
        onThePhoneInSpanish(browser, DemoPerson.ADMIN);
        assertTrue(theGradebookScrollsInItsBox(browser), "the gradebook, which should scroll inside its own box");
        assertFits(browser, "the gradebook page");
    }

    /** The gradebook, a grid of a column per assignment, is wider than the phone: it scrolls, the page does not. */
    private static boolean theGradebookScrollsInItsBox(Browser browser) throws SQLException {
        browser.open("/course/gradebook.xhtml?course=" + firstValue("select min(id) from course where title = 'Foundations of IECMHC'"));
        browser.waitFor(By.id("gradebook:table"));
        Object scrollingBoxes = ((JavascriptExecutor) browser.driver()).executeScript(
                "var grid = document.getElementById('gradebook:table');"
                        + " return [grid].concat(Array.from(grid.querySelectorAll('*'))).filter(function (e) {"
                        + " return ['auto', 'scroll'].indexOf(getComputedStyle(e).overflowX) >= 0 && e.scrollWidth > e.clientWidth;"
                        + " }).length;");
        return ((Number) scrollingBoxes).intValue() > 0;
    }

    @Test
    void aTraineeHandsInWorkLogsPracticumTimeAndReadsHerProgressOnThePhone(Browser browser) throws SQLException {
        String readingCheck = firstValue("select a.id from assignment a join course c on c.id = a.course_id"
                + " where a.title = 'Module 1 reading check' and c.title = 'Foundations of IECMHC' order by a.id");
        String handedIn = "Leí los materiales del módulo 1 en el teléfono (" + RUN + ").";
        String note = "Observación anotada en el teléfono (" + RUN + ").";
        onThePhoneInSpanish(browser, DemoPerson.TRAINEE);
        BigDecimal[] pending = new BigDecimal[1];

        step("María hands in the reading check as text", () -> {
            browser.open("/course/assignment.xhtml?id=" + readingCheck);
            assertFits(browser, "the assignment page");
            browser.type("submit:body", handedIn);
            browser.click("submit:send");
            browser.waitForText(By.id("status"), "Entregada, en espera de calificación");
            browser.waitForText(By.id("history"), handedIn);
            assertFits(browser, "the assignment page after handing in");
        });
        step("she logs half an hour of practicum observation", () -> {
            browser.open("/practicum/log.xhtml");
            assertFits(browser, "the practicum log");
            BigDecimal before = new BigDecimal(browser.text(By.id("pendingHours")).trim());
            browser.typeDate("entry:loggedOn", TODAY.minusDays(2).toString());
            browser.type("entry:startsAt", "06:30");
            browser.type("entry:minutes", "30");
            browser.choose("entry:activity", "Observación");
            browser.type("entry:note", note);
            browser.click("entry:save");
            browser.waitForText(By.id("log:table_data"), note);
            pending[0] = before.add(new BigDecimal("0.5"));
            browser.until(d -> new BigDecimal(d.findElement(By.id("pendingHours")).getText().trim()).compareTo(pending[0]) == 0);
            assertFits(browser, "the practicum log with the new entry");
        });
        step("her progress shows the half hour awaiting approval", () -> {
            browser.open("/completion/progress.xhtml");
            String waiting = browser.text(By.cssSelector("[id$='pending-practicum']"));
            assertTrue(waiting.contains(" horas en espera de aprobación"), waiting);
            assertEquals(0, new BigDecimal(waiting.split(" ")[0]).compareTo(pending[0]), waiting);
            assertFits(browser, "my progress");
        });
    }

    @Test
    void aConsultantLogsAnActivityOnThePhone(Browser browser) throws SQLException {
        String assignment = firstValue("select a.id from consultation_assignment a join account c on c.id = a.consultant_id"
                + " where c.email = '" + DemoPerson.CONSULTANT.email() + "' and a.status = 'ACTIVE' order by a.id desc");
        String note = "Visita registrada en el teléfono (" + RUN + ").";
        onThePhoneInSpanish(browser, DemoPerson.CONSULTANT);
        browser.open("/consultation/assignment.xhtml?id=" + assignment);
        assertFits(browser, "the consultation assignment");
        browser.typeDate("activity:heldOn", TODAY.minusDays(1).toString());
        browser.type("activity:minutes", "45");
        browser.choose("activity:kind", "Observación");
        browser.type("activity:note", note);
        browser.click("activity:add");
        browser.waitForText(By.cssSelector(".ui-growl"), "La actividad fue agregada al registro.");
        browser.waitForText(By.id("log:table_data"), note);
        assertFits(browser, "the consultation assignment with the new activity");
    }

    @Test
    void aNewPersonChoosesAPasswordSignsInAndAsksForANewLinkOnThePhone(Browser browser) {
        String email = "phone." + RUN + "@example.org";
        String password = "contraseña del teléfono " + RUN;
        String link = invitationTo(email);
        browser.driver().manage().window().setSize(PHONE);

        step("the invitation's link chooses the password", () -> {
            browser.driver().get(link);
            browser.useSpanish();
            browser.waitForText(By.id("for-account"), email);
            assertFits(browser, "the set-password page");
            browser.type("setPassword:password", password);
            browser.type("setPassword:confirmation", password);
            browser.click("setPassword:choose");
            browser.waitForText(By.cssSelector(".ui-growl"), "Su contraseña quedó guardada.");
            assertFits(browser, "the sign-in page");
        });
        step("the person signs in with it", () -> {
            browser.signIn(email, password);
            browser.waitForText(By.id("welcome"), "Bienvenido/a, Tel Fono");
            assertFits(browser, "the home page of a new person");
            browser.signOut();
        });
        step("and asks for a new link", () -> {
            browser.useSpanish();
            browser.click("login:forgot");
            browser.waitFor(By.id("forgot:email"));
            assertFits(browser, "the forgot-password page");
            browser.type("forgot:email", email);
            browser.click("forgot:send");
            browser.waitForText(By.cssSelector(".ui-growl"), "Si " + email + " pertenece a una cuenta");
            assertFits(browser, "the page after asking for a link");
        });
    }

    /** Signs in (nobody when null) at desktop width, switches to Spanish and narrows the window to the phone's. */
    private static void onThePhoneInSpanish(Browser browser, DemoPerson person) {
        browser.reset();
        browser.driver().manage().window().setSize(DESKTOP);
        if (person == null) {
            browser.open("/login.xhtml");
        } else {
            browser.signIn(person.email(), DemoData.PASSWORD);
        }
        browser.useSpanish();
        browser.driver().manage().window().setSize(PHONE);
    }

    /** The page is no wider than the window: nothing but a box inside it scrolls sideways. */
    static void assertFits(Browser browser, String what) {
        String widths = widths(browser, "document.documentElement");
        assertTrue(fits(widths), what + " is no wider than the phone's screen (page width of screen width): " + widths);
    }

    private static String widths(Browser browser, String element) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = " + element + "; return e.scrollWidth + ' of ' + e.clientWidth;"));
    }

    private static boolean fits(String widths) {
        String[] both = widths.split(" of ");
        return Integer.parseInt(both[0]) <= Integer.parseInt(both[1]);
    }

    /** A new Spanish-speaking person on a new cohort's roster, and the link of the invitation mailed to them. */
    private static String invitationTo(String email) {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/cohorts", DemoPerson.ADMIN.email(),
                DemoData.PASSWORD, "application/json", "{\"name\":\"Phone roster " + RUN + "\",\"startDate\":\"2031-09-01\","
                        + "\"endDate\":\"2032-06-30\",\"language\":\"bilingual\",\"capacity\":10}");
        assertEquals(201, created.statusCode(), created.body());
        int cohort = Json.createReader(new StringReader(created.body())).readObject().getInt("id");
        HttpResponse<String> imported = WebSession.api("POST", "/api/v1/cohorts/" + cohort + "/roster",
                DemoPerson.ADMIN.email(), DemoData.PASSWORD, "text/csv",
                "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n"
                        + email + ",Tel,Fono,es,,,,\n");
        assertEquals(200, imported.statusCode(), imported.body());
        try {
            Matcher link = LINK.matcher(firstValue("select text_body from outbox_mail where recipient = '" + email
                    + "' order by id desc"));
            assertTrue(link.find(), "the invitation carries its link");
            return link.group();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstValue(String sql) throws SQLException {
        return Sql.rows(RunningApplication.dataSource(), sql).get(0).get(0);
    }
}
