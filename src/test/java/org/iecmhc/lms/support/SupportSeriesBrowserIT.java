package org.iecmhc.lms.support;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
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
 * A consultant runs a Community of Support series: starts it, enrols a provider, takes attendance, and records the
 * final survey in Spanish.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class SupportSeriesBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    private final LocalDate firstSession = LocalDate.now().minusMonths(2);
    private String seriesUrl;

    @Test
    void aSeriesWithEnrollmentAttendanceAndSurvey() {
        step("Rosa starts a series of six monthly sessions", () -> {
            browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.waitForText(By.id("nav-support"), "Communities of Support");
            browser.click("nav-support");
            browser.click("seriesList:start");
            browser.type("series:title", "Toddlers in transition");
            browser.check("series:language:0");
            browser.type("series:startsOn_input", firstSession.toString());
            browser.press(Keys.ESCAPE);
            browser.click("series:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The series was saved.");
            seriesUrl = browser.driver().getCurrentUrl();
            assertEquals(6, browser.driver().findElements(By.cssSelector("[id='sessions:table_data'] > tr")).size(),
                    "six monthly sessions by default");
            assertEquals("90", browser.waitFor(By.id("sessions:table:5:minutes")).getAttribute("value"));
        });
        step("a session longer than a day is refused at its minutes", () -> {
            browser.type("sessions:table:5:minutes", "1441");
            browser.click("sessions:table:5:saveSession");
            assertTrue(browser.messageAt("sessions:table:5:minutes").contains("from 1 to 1440 minutes"));
        });
        step("a provider is enrolled", () -> {
            browser.type("enrol:provider_input", "Casita");
            browser.waitFor(By.cssSelector("[id='enrol:provider_panel'] li"));
            browser.press(Keys.ARROW_DOWN, Keys.ENTER);
            browser.click("enrol:add");
            browser.waitForText(By.id("survey:table_data"), "Casita de Colores");
        });
        step("attendance waits until the session has taken place", () -> {
            browser.choose("attendance:session", firstSession.plusMonths(5) + " 18:30 PT");
            browser.waitForText(By.id("attendance:grid_data"), "Casita de Colores");
            browser.check("attendance:grid:0:status:0");
            browser.click("attendance:saveAttendance");
            assertTrue(browser.messageAt("attendance:session").contains("once the session has taken place"));
        });
        step("attendance of the first session is saved", () -> {
            browser.choose("attendance:session", firstSession + " 18:30 PT");
            browser.waitForText(By.id("attendance:grid_data"), "Casita de Colores");
            browser.check("attendance:grid:0:status:0");
            browser.click("attendance:saveAttendance");
            browser.waitForText(By.cssSelector(".ui-growl"), "The attendance was saved.");
        });
        step("the survey in Spanish needs consent for a quotable comment", () -> {
            browser.useSpanish();
            browser.waitForText(By.id("survey:table_data"), "Casita de Colores");
            browser.check("survey:table:0:highlyValuable:0");
            browser.type("survey:table:0:comments", "Aprendí a acompañar las transiciones.");
            browser.tick("survey:table:0:quotable");
            browser.click("survey:table:0:saveSurvey");
            browser.waitForText(By.id("survey:messages"), "Un comentario solo puede ser citable");
            browser.tick("survey:table:0:consent");
            browser.click("survey:table:0:saveSurvey");
            browser.waitForText(By.cssSelector(".ui-growl"), "Las respuestas de la encuesta fueron guardadas.");
        });
        step("the survey and the attendance are kept", () -> {
            browser.driver().get(seriesUrl);
            assertEquals("Aprendí a acompañar las transiciones.",
                    browser.waitFor(By.id("survey:table:0:comments")).getAttribute("value"));
            browser.choose("attendance:session", firstSession + " 18:30 PT");
            browser.waitForText(By.id("attendance:grid_data"), "Casita de Colores");
            assertTrue(browser.driver().findElement(By.id("attendance:grid:0:status:0")).isSelected(), "attendance kept");
            browser.click("nav-support");
            browser.waitForText(By.id("seriesList:table_data"), "Toddlers in transition");
            browser.signOut();
        });
        step("another consultant cannot open it", () -> {
            WebSession otherConsultant = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
            String id = seriesUrl.substring(seriesUrl.indexOf("id=") + 3);
            assertTrue(otherConsultant.get("/support/series.xhtml?id=" + id).body().contains("does not exist or is not yours"),
                    "another consultant cannot open it");
        });
    }

    @Test
    void aCommunityOfPracticeForProvidersIsOfferedAsSuchInSpanish() {
        String title = "Práctica reflexiva entre proveedoras";
        step("Rosa starts a Community of Practice for providers and opens it for registration", () -> {
            browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
            browser.useSpanish();
            browser.click("nav-support");
            browser.click("seriesList:start");
            browser.type("series:title", title);
            browser.check("series:language:1");
            browser.check("series:kind:1");
            browser.type("series:startsOn_input", LocalDate.now().plusDays(20).toString());
            browser.press(Keys.ESCAPE);
            browser.click("series:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "La serie fue guardada.");
            browser.type("terms:capacity_input", "8");
            browser.click("terms:saveTerms");
            browser.waitForText(By.cssSelector(".ui-growl"), "Configuración de inscripción guardada.");
            browser.signOut();
        });
        step("the public list names it a Community of Practice for providers", () -> {
            browser.forget();
            browser.open("/offerings");
            browser.useSpanish();
            browser.waitForText(By.xpath("//li[.//a[text()='" + title + "']]"), "Comunidad de Práctica para proveedores");
        });
    }

    @Test
    void anAdministratorImportsPastSeriesFromTheListAfterAPreviewAndABadFileIsRefusedLineByLine(@TempDir Path dir)
            throws IOException {
        String header = String.join(",", SupportHistoryReader.COLUMNS) + "\n";
        String series = "Historia " + UUID.randomUUID().toString().substring(0, 8) + ",es,"
                + DemoPerson.CONSULTANT.email() + ",2022-09-07;2022-10-05,,,";
        Path bad = Files.writeString(dir.resolve("bad.csv"), header + series + "Casita de Colores,2022-11-02,yes,,\n");
        Path good = Files.writeString(dir.resolve("good.csv"), header
                + series + "Casita de Colores,2022-09-07;2022-10-05,yes,,\n"
                + series + "Pequeños Pasos,2022-09-07,no,,\n");
        step("a bad file lists its line and cannot be imported", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-support");
            browser.click("seriesList:importHistory");
            browser.upload("import:file", bad);
            browser.waitForText(By.id("import:problems"),
                    "Line 2: attended \"2022-11-02\" is not one of the session_dates of the series.");
            assertTrue(browser.driver().findElements(By.id("import:importAll")).isEmpty());
        });
        step("in Spanish, a good file is previewed and imported", () -> {
            browser.useSpanish();
            browser.open("/support/import.xhtml");
            browser.upload("import:file", good);
            browser.waitForText(By.id("import-summary"), "2 líneas listas para importar");
            assertEquals(2, browser.driver().findElements(By.cssSelector("[id='import:rows_data'] > tr")).size());
            browser.click("import:importAll");
            browser.waitForText(By.id("import:done"), "Se importaron 2 líneas.");
            browser.useEnglish();
            browser.signOut();
        });
    }
}
