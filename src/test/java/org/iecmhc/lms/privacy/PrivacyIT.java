package org.iecmhc.lms.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoSupervision;
import org.iecmhc.lms.testsupport.Browser;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.SharedBrowser;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The privacy actions against the running application with its demo data: the export API, the anonymisation on
 * the account page (refused in English, done in Spanish), and an audit log that no address changes.
 */
@ExtendWith({RunningApplication.class, SharedBrowser.class})
class PrivacyIT {

    private static final String ADMIN = DemoPerson.ADMIN.email();
    private static final Pattern AUDIT_TOTAL = Pattern.compile("/ (\\d+)</span>");

    @Test
    void theExportApiGivesEverythingAboutThePersonAndNothingAboutOthers() {
        long james = accountId(DemoPerson.TRAINEE_EN.email());
        JsonObject export = export(james);

        assertEquals("James", export.getJsonObject("account").getString("firstName"));
        assertFalse(export.getJsonObject("cohorts").getJsonArray("enrollments").isEmpty());
        assertFalse(export.getJsonObject("courses").getJsonArray("submissions").isEmpty(), "his handed-in work");
        assertTrue(export.containsKey("auditTrail"));
        String text = export.toString();
        assertFalse(text.contains(DemoPerson.TRAINEE.email()) || text.contains("María"), "nothing of another trainee");

        assertEquals(404, WebSession.api("GET", "/api/v1/accounts/999999/export", ADMIN, DemoData.PASSWORD).statusCode());
        assertEquals(403, WebSession.api("GET", "/api/v1/accounts/" + james + "/export", DemoPerson.TRAINEE_EN.email(),
                DemoData.PASSWORD).statusCode(), "not even one's own: an administrator answers such requests");
    }

    @Test
    void noExportHoldsAConfidentialSupervisionNoteNotEvenTheSupervisorsOwn() {
        JsonObject james = export(accountId(DemoPerson.TRAINEE_EN.email()));
        JsonObject renee = export(accountId(DemoPerson.FACULTY.email()));

        JsonArray attended = james.getJsonObject("supervision").getJsonArray("sessionsAttended");
        assertFalse(attended.isEmpty(), "his supervision sessions with their attendance");
        assertEquals(1, attended.stream().mapToInt(s -> s.asJsonObject().getInt("confidentialNotes")).sum(),
                "that his session has a note, no more");
        assertFalse(renee.getJsonObject("supervision").getJsonArray("sessionsSupervised").isEmpty());
        for (String section : List.of("communityOfPractice", "practicum", "evaluations", "certificates", "calendarFeed")) {
            assertTrue(james.containsKey(section), section);
        }
        String phrase = DemoSupervision.JAMES_NOTE.substring(0, 40);
        assertFalse(james.toString().contains(phrase), "the trainee's export");
        assertFalse(renee.toString().contains(phrase), "the supervisor's export");
    }

    @Test
    void noAddressChangesTheAuditLog() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        long before = auditEntries(admin);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            int status = admin.request(method, "/audit/log.xhtml").statusCode();
            assertTrue(status >= 400 && status < 500, method + " on the audit page answered " + status);
        }
        for (String path : List.of("/api/v1/audit", "/api/v1/audit/1", "/api/v1/audit-entries/1", "/api/v1/audit-log")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                int status = WebSession.api(method, path, ADMIN, DemoData.PASSWORD, "application/json", "{}").statusCode();
                assertTrue(status >= 400 && status < 500, method + " " + path + " answered " + status);
            }
        }
        assertEquals(before, auditEntries(admin));
    }

    @Test
    void onlyAWithdrawnTraineeIsAnonymisedAfterConfirmation(Browser browser) {
        long james = accountId(DemoPerson.TRAINEE_EN.email());
        long nia = accountId("nia.brooks@demo.iecmhc.org");
        browser.signIn(ADMIN, DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/account/account.xhtml?id=" + james);
        browser.click("privacy:anonymise");
        browser.confirm();
        assertEquals("Only a trainee who withdrew from every cohort they joined can be anonymised.",
                browser.messageAt("privacy:anonymise"));

        browser.useSpanish();
        browser.open("/account/account.xhtml?id=" + nia);
        browser.click("privacy:anonymise");
        browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"),
                "¿Borrar para siempre la identidad, los textos libres y los archivos de esta persona? No se puede deshacer.");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "La persona fue anonimizada.");
        assertEquals("Anonymised", browser.waitFor(By.id("account:firstName")).getAttribute("value"));
        assertEquals("anonymised-" + nia + "@anonymised.invalid",
                browser.waitFor(By.id("account:email")).getAttribute("value"));
        JsonObject export = export(nia);
        assertFalse(export.toString().contains("nia.brooks") || export.toString().contains("Brooks"), export.toString());
        assertEquals("WITHDRAWN", export.getJsonObject("cohorts").getJsonArray("enrollments").getJsonObject(0).getString("status"));
    }

    @Test
    void aRegistrantIsExportedAndErasedByAddressKeepingTheRegistrationAndAnAccountsAddressIsRefused()
            throws SQLException {
        String email = "lia.privacy@family.example.org";
        registrant("Lia Privacy", email, "0123456789abcdef0123456789abcdef");
        String seats = "select count(*) from offering_registration where offering_kind = 'webinar'"
                + " and offering_id = 999999999 and state = 'CONFIRMED'";
        List<List<String>> before = Sql.rows(RunningApplication.dataSource(), seats);

        JsonArray registrations = registrantExport(email).getJsonArray("offeringRegistrations");
        assertEquals("Lia Privacy", registrations.getJsonObject(0).getString("name"), registrations.toString());

        assertEquals(204, erase("{\"email\": \"" + email + "\"}").statusCode());
        assertEquals(before, Sql.rows(RunningApplication.dataSource(), seats), "the seat is still counted");
        assertTrue(registrantExport(email).getJsonArray("offeringRegistrations").isEmpty(), "nothing under the address");
        assertEquals(List.of(), Sql.rows(RunningApplication.dataSource(),
                "select id from offering_registration where name = 'Lia Privacy' or email = '" + email + "'"));

        assertEquals(400, WebSession.api("GET", "/api/v1/registrants/export?email=not-an-address", ADMIN,
                DemoData.PASSWORD).statusCode());
        assertEquals(400, erase("{\"email\": \"not an address\"}").statusCode());
        HttpResponse<String> account = erase("{\"email\": \"" + DemoPerson.TRAINEE_EN.email() + "\"}");
        assertEquals(400, account.statusCode(), account.body());
        assertTrue(account.body().contains("\"field\":\"email\"") && account.body().contains("Export personal data"),
                account.body());
        HttpResponse<String> accountExport = WebSession.api("GET", "/api/v1/registrants/export?email="
                + DemoPerson.TRAINEE_EN.email(), ADMIN, DemoData.PASSWORD);
        assertEquals(400, accountExport.statusCode(), accountExport.body());
        assertTrue(accountExport.body().contains("Export personal data"), accountExport.body());
        assertEquals(403, WebSession.api("GET", "/api/v1/registrants/export?email=" + email,
                DemoPerson.CONSULTANT.email(), DemoData.PASSWORD).statusCode());
    }

    /** The page refuses a malformed address and an account's, in English, and erases a registrant, in Spanish. */
    @Test
    void theRegistrantsPageErasesAfterConfirmationAndRefusesAMalformedOrAnAccountsAddress(Browser browser)
            throws SQLException {
        String email = "ana.pagina@family.example.org";
        registrant("Ana Pagina", email, "fedcba9876543210fedcba9876543210");
        browser.signIn(ADMIN, DemoData.PASSWORD);
        browser.useEnglish();
        browser.open("/privacy/registrants.xhtml");
        browser.type("registrant:email", "not an address");
        browser.click("registrant:erase");
        browser.confirm();
        assertEquals("Enter the registrant's e-mail address, such as name@example.org.",
                browser.messageAt("registrant:email"));

        browser.type("registrant:email", DemoPerson.TRAINEE_EN.email());
        browser.click("registrant:export");
        assertTrue(browser.messageAt("registrant:email").contains("use \"Export personal data\""),
                browser.messageAt("registrant:email"));

        browser.useSpanish();
        browser.open("/privacy/registrants.xhtml");
        browser.type("registrant:email", DemoPerson.TRAINEE_EN.email());
        browser.click("registrant:erase");
        browser.confirm();
        assertTrue(browser.messageAt("registrant:email").startsWith("Esta dirección pertenece a una cuenta"));
        browser.type("registrant:email", email);
        browser.click("registrant:erase");
        browser.confirm();
        browser.waitForText(By.cssSelector(".ui-growl"), "Se borraron los datos personales de la persona inscrita.");
        assertEquals(List.of(), Sql.rows(RunningApplication.dataSource(),
                "select id from offering_registration where name = 'Ana Pagina' or email = '" + email + "'"));
    }

    /** A confirmed registration without an account, written as the application writes it (OfferingsBrowserIT registers). */
    private static void registrant(String name, String email, String publicId) throws SQLException {
        Sql.insert(RunningApplication.dataSource(), "insert into offering_registration (public_id, secret,"
                + " offering_kind, offering_id, name, email, program, county_fips, role, language, state, registered_at,"
                + " confirmed_at) values (?, 'secret', 'webinar', 999999999, ?, ?, 'Little Steps Center', '06019',"
                + " 'TEACHER', 'EN', 'CONFIRMED', utc_timestamp(3), utc_timestamp(3))", publicId, name, email);
    }

    private static JsonObject registrantExport(String email) {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/registrants/export?email=" + email, ADMIN,
                DemoData.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> erase(String body) {
        return WebSession.api("POST", "/api/v1/registrants/erasure", ADMIN, DemoData.PASSWORD, "application/json", body);
    }

    private static JsonObject export(long accountId) {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/accounts/" + accountId + "/export", ADMIN,
                DemoData.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The account id of a demo person, found through the export API itself (ids depend on the order of seeding). */
    private static long accountId(String email) {
        for (long id = 1; id < 200; id++) {
            HttpResponse<String> response = WebSession.api("GET", "/api/v1/accounts/" + id + "/export", ADMIN,
                    DemoData.PASSWORD);
            if (response.statusCode() == 200 && Json.createReader(new StringReader(response.body())).readObject()
                    .getJsonObject("account").getString("email").equals(email)) {
                return id;
            }
        }
        throw new IllegalStateException("No account " + email);
    }

    private static long auditEntries(WebSession admin) {
        Matcher total = AUDIT_TOTAL.matcher(admin.get("/audit/log.xhtml").body());
        assertTrue(total.find(), "the audit page shows its number of entries");
        return Long.parseLong(total.group(1));
    }
}
