package org.iecmhc.lms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.PrivateApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The outbox sender as it runs in production: inside a deployed instance, on its managed scheduled executor under
 * the cluster lease, with a relay configured through the settings. The persistence tests drive the sender by hand;
 * only here do the schedule, the configuration and the mail session of the server take part. It runs on the private
 * instance, whose relay is a loopback port reserved before it started ({@link PrivateApplication#RELAY_PORT}): each
 * test starts GreenMail there (or not). Most of its time is spent waiting for sending rounds and a back-off, so it
 * runs beside the other classes, one at a time with the private instance's others, none of which queues a mail.
 */
@ExtendWith(PrivateApplication.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PrivateApplication.RESOURCE)
class DeployedOutboxSendingIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/account/set-password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    private final GreenMail relay = new GreenMail(new ServerSetup(PrivateApplication.RELAY_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void aResetRequestedThroughTheApiArrivesOnceInThePersonsLanguageWithALinkThatOpens() throws Exception {
        relay.start();
        String email = DemoPerson.TRAINEE.email();

        requestReset(email);

        MimeMessage mail = theOnlyMailTo(email);
        assertEquals(PrivateApplication.MAIL_FROM, mail.getFrom()[0].toString());
        assertEquals("Elija una contraseña nueva", mail.getSubject(), "María López reads Spanish");
        String text = plainText(mail);
        assertTrue(text.contains("Hola, María:"), text);
        assertLinkOpensTheSetPasswordPage(text, email);
        assertEquals(List.of("SENT", "1"), outboxRow(email));
    }

    /**
     * A roster import's invitations as they leave through a real relay: each new person's invitation in their
     * language, with a link to the public address whose form, in Chromium, chooses the password that then signs in.
     */
    @Test
    void aRosterImportsInvitationsArriveThroughTheRelayInEachPersonsLanguage() throws Exception {
        relay.start();
        WebSession administrator = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "198.51.100.61");
        HttpResponse<String> created = administrator.callApi("POST", "/api/v1/cohorts", DemoPerson.ADMIN.email(),
                DemoData.PASSWORD, "application/json", "{\"name\":\"Relayed roster\",\"startDate\":\"2030-09-01\","
                        + "\"endDate\":\"2031-06-30\",\"language\":\"bilingual\",\"capacity\":5}", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        int cohort = Json.createReader(new StringReader(created.body())).readObject().getInt("id");
        HttpResponse<String> imported = administrator.callApi("POST", "/api/v1/cohorts/" + cohort + "/roster",
                DemoPerson.ADMIN.email(), DemoData.PASSWORD, "text/csv",
                "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n"
                        + "relayed.es@example.org,Lupe,Invitada,es,,,,\n"
                        + "relayed.en@example.org,Lee,Invited,en,,,,\n", Map.of());
        assertEquals(200, imported.statusCode(), imported.body());

        assertTrue(relay.waitForIncomingEmail(Duration.ofMinutes(2).toMillis(), 2), "two invitations reached the relay");
        awaitRow("relayed.es@example.org", row -> "SENT".equals(row.get(0)));
        awaitRow("relayed.en@example.org", row -> "SENT".equals(row.get(0)));
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage mail : relay.getReceivedMessages()) {
            byRecipient.put(mail.getRecipients(Message.RecipientType.TO)[0].toString(), mail);
        }
        assertEquals(2, byRecipient.size(), "one invitation each");
        MimeMessage spanish = byRecipient.get("relayed.es@example.org");
        assertEquals("Su cuenta en la Red IECMHC", spanish.getSubject());
        assertTrue(plainText(spanish).contains("Hola, Lupe:"), plainText(spanish));
        MimeMessage english = byRecipient.get("relayed.en@example.org");
        assertEquals("Your account at the IECMHC Network", english.getSubject());
        assertLinkOpensTheSetPasswordPage(plainText(english), "relayed.en@example.org");

        Matcher link = LINK.matcher(plainText(spanish));
        assertTrue(link.find(), plainText(spanish));
        // A browser of its own: the shared one belongs to the classes that run one after the other.
        Browser browser = new Browser();
        try {
            browser.driver().get(link.group());
            browser.waitForText(By.id("for-account"), "relayed.es@example.org");
            browser.type("setPassword:password", "mi contraseña del correo");
            browser.type("setPassword:confirmation", "mi contraseña del correo");
            browser.click("setPassword:choose");
            browser.waitFor(By.cssSelector(".ui-growl"));
            browser.driver().get(PrivateApplication.url() + "/login.xhtml");
            browser.type("login:email", "relayed.es@example.org");
            browser.type("login:password", "mi contraseña del correo");
            browser.click("login:signIn");
            browser.waitForText(By.id("welcome"), "Bienvenido/a, Lupe Invitada");
        } finally {
            browser.close();
        }
    }

    @Test
    void aMailQueuedWhileTheRelayIsDownArrivesOnceWhenItIsBack() throws Exception {
        String email = DemoPerson.TRAINEE_EN.email();

        requestReset(email);
        awaitFailedAttempt(email);
        relay.start();

        MimeMessage mail = theOnlyMailTo(email);
        assertEquals("Choose a new password", mail.getSubject(), "James Carter reads English");
        assertLinkOpensTheSetPasswordPage(plainText(mail), email);
        assertEquals(List.of("SENT", "2"), outboxRow(email), "one failed attempt, then the delivery");
    }

    private static void requestReset(String email) {
        HttpResponse<String> accepted = WebSession.anonymous(PrivateApplication.url()).callApi("POST", "/api/v1/password-reset",
                null, null, "application/json", "{\"email\":\"" + email + "\"}", Map.of());
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    /**
     * Waits for the mail, then until the outbox has it on record as sent, after which no round takes it again, and
     * answers it if it came exactly once. A mail that failed once is due again a minute later, so the wait allows for
     * that back-off and a few rounds.
     */
    private MimeMessage theOnlyMailTo(String email) throws MessagingException, InterruptedException, SQLException {
        assertTrue(relay.waitForIncomingEmail(Duration.ofMinutes(3).toMillis(), 1), "no mail reached the relay");
        awaitRow(email, row -> !"QUEUED".equals(row.get(0)));
        MimeMessage[] received = relay.getReceivedMessages();
        assertEquals(1, received.length, "arrived once");
        assertEquals(email, received[0].getRecipients(Message.RecipientType.TO)[0].toString());
        return received[0];
    }

    private static void assertLinkOpensTheSetPasswordPage(String text, String email) {
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        assertTrue(link.group().startsWith(PrivateApplication.url() + "/"), "the link leads to the public address: " + link.group());
        HttpResponse<String> page = WebSession.anonymous(PrivateApplication.url())
                .get(link.group().substring(PrivateApplication.url().length()));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"for-account\"") && page.body().contains(email), page.body());
        assertTrue(page.body().contains("id=\"setPassword:password\""), "the form to choose the password");
    }

    /**
     * Polls the outbox until the sender has tried the mail and kept the relay's error, as the relay is down. A round
     * claims the mail (counting the attempt) before it connects and records the error after, so the wait is for the
     * error, not the count.
     */
    private static void awaitFailedAttempt(String email) throws SQLException, InterruptedException {
        List<String> row = awaitRow(email, tried -> tried.get(2) != null);
        assertEquals("QUEUED", row.get(0), String.valueOf(row));
        assertEquals("1", row.get(1), "the sender tried while the relay was down: " + row);
        assertTrue(row.get(2) != null && row.get(2).contains("MailConnectException"), String.valueOf(row));
    }

    /** The mail's state, attempts and last error once they meet the condition, or after a minute as they are. */
    private static List<String> awaitRow(String email, Predicate<List<String>> condition)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        List<String> row = List.of();
        while (System.nanoTime() < deadline) {
            row = Sql.rows(PrivateApplication.dataSource(), "select state, attempts, last_error from outbox_mail where recipient = '"
                    + email + "'").get(0);
            if (condition.test(row)) {
                break;
            }
            Thread.sleep(500);
        }
        return row;
    }

    private static List<String> outboxRow(String email) throws SQLException {
        List<List<String>> rows = Sql.rows(PrivateApplication.dataSource(), "select state, attempts from outbox_mail where recipient = '"
                + email + "'");
        assertEquals(1, rows.size(), "one mail in the outbox: " + rows);
        return rows.get(0);
    }

    /** The decoded text/plain part: the raw body is quoted-printable, which breaks long links and accented letters. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
