package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoSupervision;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's confidential note on one of James's individual sessions reaches its supervisor and James, and nobody
 * else: not an administrator, not another trainee, not any API response or calendar feed. Each response is searched
 * for a phrase of the note; the supervisor's and James's pages show that the phrase would be found.
 */
@ExtendWith(RunningApplication.class)
class SupervisionConfidentialityIT {

    /** A phrase of the note with nothing HTML would escape. */
    private static final String PHRASE = "slow the first ten minutes down";
    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");
    private static long notedSession;

    @BeforeAll
    static void findTheNotedSession() {
        assertTrue(DemoSupervision.JAMES_NOTE.contains(PHRASE));
        HttpResponse<String> all = api(DemoPerson.ADMIN, "/api/v1/supervision/sessions");
        assertEquals(200, all.statusCode());
        List<JsonObject> noted = Json.createReader(new StringReader(all.body())).readArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("notes").longValue() > 0).toList();
        assertEquals(1, noted.size(), "the demo has one noted session");
        assertEquals("INDIVIDUAL", noted.get(0).getString("kind"));
        assertEquals("James Carter", noted.get(0).getJsonArray("invited").getJsonObject(0).getString("name"));
        notedSession = noted.get(0).getJsonNumber("id").longValue();
    }

    @Test
    void theSupervisorAndJamesReadTheNote() {
        WebSession renee = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        assertTrue(renee.get("/supervision/session.xhtml?id=" + notedSession).body().contains(PHRASE));
        WebSession james = WebSession.signedIn(DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD);
        assertTrue(james.get("/supervision/mine.xhtml").body().contains(PHRASE));
    }

    @Test
    void anAdministratorSeesThatNotesExistButNeverTheirText() {
        WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        String page = admin.get("/supervision/session.xhtml?id=" + notedSession).body();
        assertTrue(page.contains("This session has one confidential note."), "the count is shown");
        assertFalse(page.contains(PHRASE));
        String list = admin.get("/supervision/sessions.xhtml").body();
        assertFalse(list.contains(PHRASE));
        assertFalse(admin.get("/admin/audit.xhtml").body().contains(PHRASE));
        assertFalse(admin.get("/index.xhtml").body().contains(PHRASE));
    }

    @Test
    void anotherTraineeNeverSeesIt() {
        WebSession maria = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        String mine = maria.get("/supervision/mine.xhtml").body();
        assertTrue(mine.contains("Horas de supervisión acreditadas"), "her own page, in Spanish");
        assertTrue(mine.contains("Supervisión individual"), "with her own individual sessions");
        assertFalse(mine.contains(PHRASE));
        assertEquals(403, maria.get("/supervision/session.xhtml?id=" + notedSession).statusCode());
        assertEquals(403, api(DemoPerson.TRAINEE, "/api/v1/supervision/sessions").statusCode());
    }

    @Test
    void noApiResponseOrFeedCarriesIt() {
        for (DemoPerson person : List.of(DemoPerson.ADMIN, DemoPerson.FACULTY, DemoPerson.FACULTY_CONSULTANT)) {
            for (String path : List.of("/api/v1/supervision/sessions", "/api/v1/supervision/sessions?cohort=2")) {
                HttpResponse<String> response = api(person, path);
                assertEquals(200, response.statusCode());
                assertFalse(response.body().contains(PHRASE), person + " " + path);
            }
        }
        for (DemoPerson person : List.of(DemoPerson.FACULTY, DemoPerson.TRAINEE_EN)) {
            WebSession session = WebSession.signedIn(person.email(), DemoData.PASSWORD);
            Matcher feed = FEED.matcher(session.get("/calendar/feed.xhtml").body());
            assertTrue(feed.find());
            HttpResponse<String> calendar = WebSession.anonymous().get(feed.group());
            assertEquals(200, calendar.statusCode());
            assertFalse(calendar.body().contains(PHRASE), person + "'s feed");
        }
    }

    private static HttpResponse<String> api(DemoPerson person, String path) {
        return WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
    }
}
