package org.iecmhc.lms.opendoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A consultant records an Open-Door session in Spanish: attendance from the registry and on the spot, and ratings;
 * creates the rest of the fiscal year's sessions from one with a time; an administrator imports past sessions; and
 * a consultant schedules a webinar that a provider registers for.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class OpenDoorBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aSessionWithATimeCreatesTheRestOfItsFiscalYearOnce() {
        LocalDate day = LocalDate.now().plusDays(7);
        browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-opendoor");
        browser.click("sessions:schedule");
        browser.type("session:heldOn_input", day.toString());
        browser.press(Keys.ESCAPE);
        browser.type("session:title", "Monthly drop-in all year");
        browser.check("session:language:0");
        browser.click("session:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "The session was saved.");

        browser.click("year:fill");
        browser.confirm();
        browser.waitForText(By.id("year:messages"), "Save this session's time under public registration first");
        browser.type("terms:time", "18:30");
        browser.type("terms:minutes", "60");
        browser.click("terms:saveTerms");
        browser.waitForText(By.cssSelector(".ui-growl"), "Registration settings saved.");
        browser.click("year:fill");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "fiscal year " + FiscalYear.of(day).name());
        browser.click("year:fill");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "No session was created: every remaining month");
        browser.signOut();
    }

    @Test
    void aSessionWithAttendanceAndRatings() {
        browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.waitForText(By.id("nav-opendoor"), "Sesiones de Puertas Abiertas");
        browser.click("nav-opendoor");
        browser.click("sessions:schedule");
        browser.type("session:heldOn_input", LocalDate.now().minusDays(3).toString());
        browser.press(Keys.ESCAPE);
        browser.type("session:title", "Mordidas en la sala de bebés");
        browser.check("session:language:1");
        browser.click("session:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "La sesión fue guardada.");
        String sessionUrl = browser.driver().getCurrentUrl();

        browser.type("attendance:provider_input", "Casita");
        browser.waitFor(By.cssSelector("[id='attendance:provider_panel'] li"));
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click("attendance:add");
        browser.waitForText(By.id("ratings:table_data"), "Casita de Colores");

        browser.click("newProvider:addNew");
        assertTrue(browser.messageAt("newProvider:newName").contains("Escriba el nombre"));
        browser.type("newProvider:newName", "Tía Lupe");
        browser.choose("newProvider:newKind", "Cuidador familiar, amigo o vecino");
        browser.choose("newProvider:newCounty", "Fresno");
        browser.click("newProvider:addNew");
        browser.waitForText(By.id("ratings:table_data"), "Tía Lupe");

        browser.check("ratings:table:0:worthwhile:0");
        browser.type("ratings:table:0:comments", "Me dio ideas para las transiciones.");
        browser.tick("ratings:table:0:quotable");
        browser.click("ratings:table:0:saveRating");
        browser.waitForText(By.id("ratings:messages"), "Un comentario solo puede ser citable");
        browser.tick("ratings:table:0:consent");
        browser.click("ratings:table:0:saveRating");
        browser.waitForText(By.cssSelector(".ui-growl"), "La valoración fue guardada.");

        browser.driver().get(sessionUrl);
        assertEquals("Me dio ideas para las transiciones.",
                browser.waitFor(By.id("ratings:table:0:comments")).getAttribute("value"));
        assertTrue(browser.driver().findElement(By.id("ratings:table:0:worthwhile:0")).isSelected());
        browser.click("nav-opendoor");
        browser.waitForText(By.id("sessions:table_data"), "Mordidas en la sala de bebés");
        browser.signOut();

        WebSession otherConsultant = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        String id = sessionUrl.substring(sessionUrl.indexOf("id=") + 3);
        assertTrue(otherConsultant.get("/opendoor/session.xhtml?id=" + id).body().contains("does not exist or is not yours"),
                "another consultant cannot open it");
    }

    @Test
    void anAdministratorImportsPastSessionsAfterAPreviewAndABadFileIsRefusedLineByLine(@TempDir Path dir)
            throws IOException {
        String header = String.join(",", OpenDoorHistoryReader.COLUMNS) + "\n";
        Path bad = Files.writeString(dir.resolve("bad.csv"), header
                + "2022-10-05,Bad language,fr," + DemoPerson.CONSULTANT.email() + ",,,,\n");
        Path good = Files.writeString(dir.resolve("good.csv"), header
                + "2022-10-05,Browser history,es," + DemoPerson.CONSULTANT.email() + ",Casita de Colores,yes,,\n"
                + "2022-10-05,Browser history,es," + DemoPerson.CONSULTANT.email() + ",Pequeños Pasos,no,,\n");
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.open("/opendoor/import.xhtml");
        browser.upload("import:file", bad);
        browser.waitForText(By.id("import:problems"), "Line 2: language \"fr\" is not one of en, es, other.");
        assertTrue(browser.driver().findElements(By.id("import:importAll")).isEmpty(), "a bad file cannot be imported");

        browser.click("header:spanish");
        browser.waitForText(By.id("nav-home"), "Inicio");
        browser.open("/opendoor/import.xhtml");
        browser.upload("import:file", good);
        browser.waitForText(By.id("import-summary"), "2 líneas listas para importar");
        assertEquals(2, browser.driver().findElements(By.cssSelector("[id='import:rows_data'] > tr")).size());
        browser.click("import:importAll");
        browser.waitForText(By.id("import:done"), "Se importaron 2 líneas.");
        browser.useEnglish();
        browser.signOut();
    }

    /** Webinars live beside Open-Door sessions and are offered alike: one walk from scheduling to a registration. */
    @Test
    void aWebinarScheduledByAConsultantIsRegisteredForInSpanishWithoutAnAccount() {
        browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.waitForText(By.id("nav-webinars"), "Seminarios web");
        browser.click("nav-webinars");
        browser.click("webinars:schedule");
        browser.type("webinar:title", "Berrinches: qué hacer");
        browser.type("webinar:topic", "Conducta");
        browser.check("webinar:language:1");
        browser.type("webinar:date_input", LocalDate.now().plusDays(10).toString());
        browser.press(Keys.ESCAPE);
        browser.click("webinar:save");
        assertTrue(browser.messageAt("webinar:time").contains("Indique la hora"), "the start is required");
        browser.type("webinar:time", "18:00");
        browser.click("webinar:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "El seminario web fue guardado.");
        browser.type("terms:capacity_input", "30");
        browser.click("terms:saveTerms");
        browser.waitFor(By.id("terms:publicPage"));
        browser.signOut();

        browser.forget();
        browser.open("/offerings");
        browser.use(Language.ES);
        browser.waitFor(By.linkText("Berrinches: qué hacer")).click();
        browser.waitFor(By.id("register:name"));
        browser.type("register:name", "Eva Pública");
        browser.type("register:email", "eva.webinar@family.example.org");
        browser.type("register:program", "Casa de Eva");
        browser.choose("register:county", "Fresno");
        browser.choose("register:role", "Maestro o maestra");
        browser.click("register:send");
        browser.waitForText(By.id("check-mail"), "Si la dirección es correcta");
    }
}
