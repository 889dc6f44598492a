package org.iecmhc.lms.consultation;

import static org.iecmhc.lms.testsupport.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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
 * An administrator assigns a consultant to a provider; the consultant, in Spanish, logs activities and closes the
 * assignment with the provider's survey; another consultant cannot open it. Past assignments are imported from the
 * list after a preview.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class ConsultationBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Los_Angeles"));
    private String assignmentUrl;

    @Test
    void anAssignmentFromAssigningToClosingWithItsSurvey() {
        step("an administrator assigns Rosa to Casita de Colores", () -> {
            browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
            browser.useEnglish();
            browser.click("nav-consultation");
            browser.click("assignments:assign");
            browser.choose("assignment:consultant", "Rosa Martínez");
            browser.type("assignment:provider_input", "Casita");
            browser.waitFor(By.cssSelector("[id='assignment:provider_panel'] li"));
            browser.press(Keys.ARROW_DOWN, Keys.ENTER);
            browser.check("assignment:level:0");
            browser.check("assignment:modality:1");
            browser.type("assignment:startOn_input", today.minusDays(60).toString());
            browser.press(Keys.ESCAPE);
            browser.choose("assignment:status", "Active");
            browser.type("assignment:children", "14");
            browser.type("assignment:staff", "4");
            browser.type("assignment:actionPlan", "Visual schedule for the toddler room.");
            browser.click("assignment:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "The assignment was saved.");
            assignmentUrl = browser.driver().getCurrentUrl();
            browser.signOut();
        });
        step("Rosa opens it in Spanish", () -> {
            browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
            browser.useSpanish();
            browser.driver().get(assignmentUrl);
            assertEquals("14", browser.waitFor(By.id("assignment:children")).getAttribute("value"));
        });
        step("an activity over 480 minutes is refused, keeping what was typed", () -> {
            browser.type("activity:heldOn_input", today.minusDays(2).toString());
            browser.press(Keys.ESCAPE);
            browser.type("activity:minutes", "600");
            browser.choose("activity:kind", "Observación");
            browser.click("activity:add");
            assertTrue(browser.messageAt("activity:minutes").contains("Escriba entre 1 y 480 minutos"));
            assertEquals(today.minusDays(2).toString(), browser.driver().findElement(By.id("activity:heldOn_input")).getAttribute("value"),
                    "what was typed is kept");
        });
        step("Rosa logs an observation of 90 minutes", () -> {
            browser.type("activity:minutes", "90");
            browser.type("activity:note", "Observé la llegada de la mañana.");
            browser.click("activity:add");
            browser.waitForText(By.id("log:table_data"), "Observación");
            browser.waitForText(By.id("log:totals"), "1 actividad, 90 minutos en total");
        });
        step("closing needs an end date, and a quotable comment needs consent", () -> {
            browser.check("closing:worthwhile:0");
            browser.type("closing:surveyComments", "Las mañanas son más tranquilas.");
            browser.tick("closing:quotable");
            browser.click("closing:close");
            assertTrue(browser.messageAt("closing:closeEndOn").contains("Escriba la fecha de fin"));
            browser.type("closing:closeEndOn_input", today.toString());
            browser.press(Keys.ESCAPE);
            browser.click("closing:close");
            assertTrue(browser.messageAt("closing:quotable").contains("Un comentario solo puede ser citable"));
        });
        step("the assignment closes with the provider's survey", () -> {
            browser.tick("closing:consent");
            browser.click("closing:close");
            browser.waitForText(By.cssSelector(".ui-growl"), "La asignación está cerrada");
            browser.driver().get(assignmentUrl);
            assertEquals(today.toString(), browser.waitFor(By.id("assignment:endOn_input")).getAttribute("value"));
            assertEquals("Las mañanas son más tranquilas.", browser.waitFor(By.id("closing:surveyComments")).getAttribute("value"));
        });
        step("it is listed among the closed assignments", () -> {
            browser.click("nav-consultation");
            browser.choose("assignments:status", "Cerrada");
            browser.waitForText(By.id("assignments:table_data"), "Casita de Colores");
            browser.signOut();
        });
        step("another consultant cannot open it", () -> {
            WebSession otherConsultant = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
            String id = assignmentUrl.substring(assignmentUrl.indexOf("id=") + 3);
            assertTrue(otherConsultant.get("/consultation/assignment.xhtml?id=" + id).body().contains("does not exist or is not yours"),
                    "another consultant cannot open it, even by its id");
        });
    }

    @Test
    void anAdministratorImportsPastAssignmentsAfterAPreviewAndABadFileIsRefusedLineByLine(@TempDir Path dir)
            throws IOException {
        String header = String.join(",", AssignmentHistoryReader.COLUMNS) + "\n";
        String rosa = DemoPerson.CONSULTANT.email();
        Path bad = Files.writeString(dir.resolve("bad.csv"), header
                + "Casita de Colores,Los Angeles," + rosa + ",group,on_site,2019-03-04,2019-06-28,closed,9,2,,,\n");
        Path good = Files.writeString(dir.resolve("good.csv"), header
                + "Casita de Colores,Los Angeles," + rosa + ",classroom,on_site,2019-03-04,2019-06-28,closed,9,2,yes,,\n"
                + "Pequeños Pasos,Riverside," + rosa + ",programmatic,virtual,2019-04-01,2019-08-30,closed,11,3,no,,\n");
        browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-consultation");
        browser.click("assignments:importHistory");
        browser.upload("import:file", bad);
        browser.waitForText(By.id("import:problems"), "Line 2: level \"group\" is not one of classroom, programmatic.");
        assertTrue(browser.driver().findElements(By.id("import:importAll")).isEmpty(), "a bad file cannot be imported");

        browser.click("header:spanish");
        browser.waitForText(By.id("nav-home"), "Inicio");
        browser.click("nav-consultation");
        browser.click("assignments:importHistory");
        browser.upload("import:file", good);
        browser.waitForText(By.id("import-summary"), "2 líneas listas para importar");
        assertEquals(2, browser.driver().findElements(By.cssSelector("[id='import:rows_data'] > tr")).size());
        browser.click("import:importAll");
        browser.waitForText(By.id("import:done"), "Se importaron 2 líneas.");
        browser.useEnglish();
        browser.signOut();
    }
}
