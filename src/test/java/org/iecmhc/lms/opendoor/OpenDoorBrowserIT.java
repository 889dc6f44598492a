package org.iecmhc.lms.opendoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A consultant records an Open-Door session in Spanish: attendance from the registry and on the spot, and ratings;
 * and schedules a webinar that a provider registers for.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class OpenDoorBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
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
