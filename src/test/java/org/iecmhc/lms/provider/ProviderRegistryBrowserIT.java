package org.iecmhc.lms.provider;

import static org.iecmhc.lms.testsupport.ApiCalls.call;
import static org.iecmhc.lms.testsupport.ApiCalls.id;
import static org.iecmhc.lms.testsupport.ApiCalls.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Consultants keep the provider registry; faculty only look providers up; helpline staff see only the helpline. */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class ProviderRegistryBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(Browser shared) {
        browser = shared;
    }

    @Test
    void aSpanishSpeakingConsultantAddsAProviderAfterBeingToldWhatIsMissing() {
        browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.waitForText(By.id("nav-providers"), "Proveedores");
        browser.click("nav-providers");
        browser.click("providers:add");
        browser.type("provider:name", "Nido de Aprendizaje");
        browser.choose("provider:kind", "Hogar de cuidado infantil familiar");
        browser.type("provider:contactEmail", "nido@example");
        browser.click("provider:save");
        assertEquals("Condado: este campo es obligatorio.", browser.messageAt("provider:county"));
        assertEquals("Nido de Aprendizaje", browser.waitFor(By.id("provider:name")).getAttribute("value"));

        browser.choose("provider:county", "Merced");
        browser.check("provider:languages:1");
        browser.click("provider:save");
        assertTrue(browser.messageAt("provider:contactEmail").startsWith("Escriba una dirección de correo electrónico válida"));

        browser.type("provider:contactEmail", "nido@example.org");
        browser.click("provider:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "El proveedor fue guardado.");
        browser.type("providers:text", "nido de");
        browser.until(driver -> driver.findElements(By.cssSelector("[id='providers:table_data'] > tr")).size() == 1);
        String row = browser.text(By.id("providers:table_data"));
        assertTrue(row.contains("Merced") && row.contains("Español") && row.contains("Hogar de cuidado infantil familiar"), row);
        browser.signOut();
    }

    @Test
    void aConsultantConfirmsOneRegistrantsProgramInEnglishAndMergesAnotherInSpanish() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        program("Bright Start " + tag, true);
        program("Bright Start " + tag + " Annex", false);
        program("Brite Start " + tag, false);
        browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-providers");
        showUnconfirmed(tag, 2);
        assertTrue(browser.text(By.id("providers:table_data")).contains("To confirm"));
        browser.click("providers:table:0:confirm");
        browser.until(driver -> driver.findElements(By.cssSelector("[id='providers:table_data'] > tr")).size() == 1);
        assertTrue(browser.text(By.id("providers:table_data")).contains("Brite Start " + tag), "the other still waits");

        browser.useSpanish();
        showUnconfirmed(tag, 1);
        browser.click("providers:table:0:startMerge");
        browser.waitForText(By.id("providers:merge"), "Brite Start " + tag);
        browser.click("providers:doMerge");
        assertEquals("Elija la entrada del registro que este programa realmente es.", browser.messageAt("providers:provider"));
        browser.type("providers:provider_input", "Bright Start " + tag);
        browser.waitFor(By.cssSelector("[id='providers:provider_panel'] li"));
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click("providers:doMerge");
        browser.until(driver -> !browser.isPresent(By.id("providers:merge")));
        browser.waitForText(By.id("providers:table_data"), "No se encontraron registros.");
        assertEquals("0", Sql.rows(RunningApplication.dataSource(), "select count(*) from provider where name = 'Brite Start "
                + tag + "'").get(0).get(0), "the merged entry is gone");
        browser.signOut();
    }

    @Test
    void aSessionsRegistrantWhoseProgramAwaitsConfirmationIsMarkedAndLinkedToTheEntriesToConfirm() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Aardvark Care " + tag;
        long program = program(name, false);
        long session = id(object(call("POST", "/api/v1/opendoor/sessions", DemoPerson.CONSULTANT, "{\"heldOn\": \""
                + LocalDate.now(PacificTime.ZONE).plusDays(3) + "\", \"title\": \"Registry " + tag
                + "\", \"language\": \"es\"}").body()));
        Sql.insert(RunningApplication.dataSource(), "insert into offering_registration (public_id, secret, offering_kind,"
                + " offering_id, name, email, program, county_fips, role, language, state, registered_at, confirmed_at,"
                + " provider_id) values (?, 'secret', 'opendoor', ?, 'Sol Registrant', ?, ?, '06019', 'TEACHER', 'ES',"
                + " 'CONFIRMED', utc_timestamp(3), utc_timestamp(3), ?)", UUID.randomUUID().toString().replace("-", ""),
                session, "sol." + tag + "@family.example.org", name, program);
        browser.signIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        browser.useSpanish();
        browser.open("/opendoor/session.xhtml?id=" + session);
        assertEquals("Por confirmar", browser.text(By.id("registrations-table:0:programToConfirm")));
        browser.click("registrations-table:0:programToConfirm");
        browser.waitForText(By.id("providers:table_data"), name);
        assertTrue(browser.driver().findElement(By.id("providers:unconfirmedOnly_input")).isSelected(),
                "the registry opens filtered to the entries to confirm");
        browser.signOut();
    }

    @Test
    void facultyLookProvidersUpButCannotChangeTheRegistryAndHelplineStaffDoNotSeeIt() {
        browser.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        browser.useEnglish();
        browser.click("nav-providers");
        browser.choose("providers:county", "Los Angeles");
        browser.waitForText(By.id("providers:table_data"), "Casita de Colores");
        assertFalse(browser.isPresent(By.id("providers:add")));
        assertFalse(browser.isPresent(By.id("providers:table:0:edit")));
        browser.signOut();
        WebSession faculty = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        assertEquals(403, faculty.get("/provider/provider.xhtml").statusCode());
        WebSession helpline = WebSession.signedIn(DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        assertEquals(403, helpline.get("/provider/providers.xhtml").statusCode(), "helpline staff see only the helpline");
        assertFalse(helpline.get("/index.xhtml").body().contains("nav-providers"));
    }

    /**
     * Narrows the list to the programs awaiting confirmation whose name has the tag, and waits for their rows: the
     * search goes out 400 ms after the last key, so the rows count only once each of them has the tag. The box may be
     * ticked already: the address carries it, and switching the language keeps it.
     */
    private static void showUnconfirmed(String tag, int rows) {
        if (!browser.driver().findElement(By.id("providers:unconfirmedOnly_input")).isSelected()) {
            browser.tick("providers:unconfirmedOnly");
        }
        browser.type("providers:text", tag);
        browser.until(driver -> {
            var shown = driver.findElements(By.cssSelector("[id='providers:table_data'] > tr"));
            return shown.size() == rows && shown.stream().allMatch(row -> row.getText().contains(tag));
        });
    }

    /** A program in the registry, confirmed or as a registrant's confirmed registration enters it. */
    private static long program(String name, boolean confirmed) throws SQLException {
        return Sql.insert(RunningApplication.dataSource(), "insert into provider (name, kind, county_fips, confirmed)"
                + " values (?, 'CENTER_BASED', '06019', ?)", name, confirmed);
    }
}
