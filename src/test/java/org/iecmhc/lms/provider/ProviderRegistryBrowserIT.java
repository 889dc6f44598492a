package org.iecmhc.lms.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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

}
