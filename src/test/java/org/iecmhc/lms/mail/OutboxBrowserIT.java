package org.iecmhc.lms.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * With no relay configured (the shared instance, like the embedded default) a mail stays in the outbox, where an
 * administrator reads it in their language and follows its link.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
@SignedIn(DemoPerson.ADMIN)
class OutboxBrowserIT {

    private static final By FIRST_SUBJECT = By.cssSelector("[id='outbox:table_data'] > tr:first-child a");

    @Test
    void aTestMailWaitsInTheOutboxAndIsReadThereInEnglishAndSpanish(Browser browser) {
        browser.useEnglish();
        browser.click("nav-outbox");
        browser.waitForText(By.tagName("h1"), "Outbox");
        assertTrue(browser.text(By.id("relay")).startsWith("No SMTP relay is configured"));

        browser.click("outbox:test");
        browser.waitForText(By.cssSelector(".ui-growl"), "A test mail to your address is queued. No relay is configured, so it stays in the outbox.");
        browser.waitForText(FIRST_SUBJECT, "Test message from the IECMHC Network");
        browser.choose("outbox:state", "Sent");
        assertFalse(browser.text(By.id("outbox:table_data")).contains("Test message from the IECMHC Network"),
                "filtered by state");
        browser.choose("outbox:state", "Queued");
        browser.waitFor(FIRST_SUBJECT).click();

        browser.waitForText(By.id("mail:recipient"), DemoPerson.ADMIN.email());
        assertEquals("Queued", browser.text(By.id("mail:state")));
        assertFalse(browser.isPresent(By.id("mail:resend")), "only a failed mail is sent again");
        String text = browser.text(By.id("text"));
        assertTrue(text.contains("sent by " + DemoPerson.ADMIN.email()), text);
        assertTrue(text.contains("/mail/outbox.xhtml"), "the link, from the public address: " + text);
        assertTrue(text.contains("/notification/preferences.xhtml"), "where to change the notification settings");
        String link = text.lines().filter(line -> line.startsWith("http") && line.endsWith("/mail/outbox.xhtml"))
                .findFirst().orElseThrow();
        browser.driver().get(link);
        browser.waitForText(By.tagName("h1"), "Outbox");

        browser.useSpanish();
        browser.open("/mail/outbox.xhtml");
        browser.waitForText(By.tagName("h1"), "Bandeja de salida");
        browser.click("outbox:test");
        browser.waitForText(FIRST_SUBJECT, "Mensaje de prueba de la Red IECMHC");
        browser.waitFor(FIRST_SUBJECT).click();
        browser.waitForText(By.id("mail:state"), "En cola");
        assertTrue(browser.text(By.id("text")).contains("Recibe este correo porque un administrador"));
    }

    @Test
    void aMailThatIsNotThereIsNotFound(Browser browser) {
        browser.useEnglish();
        browser.open("/mail/mail.xhtml?id=999999");
        browser.waitForText(By.cssSelector(".lms-card"), "There is no such mail in the outbox.");
    }
}
