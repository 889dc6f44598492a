package org.iecmhc.lms.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoSupervision;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's confidential note on one of James's individual sessions reaches its supervisor and James, and nobody
 * else: not an administrator, not another trainee, not any API response or calendar feed. Each response is searched
 * for a phrase of the note; the supervisor's and James's pages show that the phrase would be found. A note of a
 * session this class schedules stays with its author and the trainee it is about when the session is given to
 * another trainee and another supervisor; and only those who supervise in a cohort are offered it or accepted there.
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
        HttpResponse<String> all = api(DemoPerson.ADMIN, "/api/v1/supervision/sessions?size=500");
        assertEquals(200, all.statusCode());
        List<JsonObject> noted = Json.createReader(new StringReader(all.body())).readArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("notes").longValue() > 0 && s.getJsonArray("invited").size() == 1
                        && s.getJsonArray("invited").getJsonObject(0).getString("name").equals("James Carter")).toList();
        assertEquals(1, noted.size(), "the demo has one noted session of James");
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
        assertFalse(admin.get("/audit/log.xhtml").body().contains(PHRASE));
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

    @Test
    void aNoteStaysWithItsAuthorAndSubjectWhenTheSessionGoesToAnotherTraineeAndSupervisor() {
        String topic = "Reinvited " + System.nanoTime();
        String note = "Jade worried about the toddler room " + System.nanoTime();
        WebSession renee = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        String form = renee.get("/supervision/session.xhtml").body();
        Map<String, String> fields = sessionForm(form, option(form, "session:cohort_input", DemoYears.now().currentName()), "INDIVIDUAL",
                LocalDate.now(PacificTime.ZONE).plusDays(12), topic);
        HttpResponse<String> withoutTrainee = post(renee, "/supervision/session.xhtml", fields, "session:save");
        fields = WebSession.formFields(withoutTrainee.body(), "session");
        fields.put("session:trainees", trainee(withoutTrainee.body(), "Jade Wilson"));
        HttpResponse<String> scheduled = post(renee, "/supervision/session.xhtml", fields, "session:save");
        assertEquals(302, scheduled.statusCode(), "scheduled");
        String page = scheduled.headers().firstValue("Location").orElseThrow();
        page = page.substring(page.indexOf("/supervision/"));
        Map<String, String> notes = WebSession.formFields(renee.get(page).body(), "notes");
        notes.put("notes:note", note);
        post(renee, page, notes, "notes:addNote");
        WebSession jade = WebSession.signedIn("jade.wilson@demo.iecmhc.org", DemoData.PASSWORD);
        WebSession luis = WebSession.signedIn("luis.herrera@demo.iecmhc.org", DemoData.PASSWORD);
        assertTrue(jade.get("/supervision/mine.xhtml").body().contains(note), "the trainee it is about reads it");
        assertTrue(feed(jade).contains(topic));

        String sessionPage = renee.get(page).body();
        Map<String, String> reinvite = WebSession.formFields(sessionPage, "session");
        reinvite.put("session:trainees", trainee(sessionPage, "Luis Herrera"));
        assertFalse(post(renee, page, reinvite, "session:save").body().contains("ui-message-error"), "re-invited");
        assertFalse(luis.get("/supervision/mine.xhtml").body().contains(note), "the trainee invited instead");
        assertTrue(jade.get("/supervision/mine.xhtml").body().contains(note), "still its subject after being taken off");
        assertFalse(feed(jade).contains(topic), "no longer on the calendar of the trainee taken off");
        assertTrue(feed(luis).contains(topic));

        WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        String adminPage = admin.get(page).body();
        Map<String, String> handOver = WebSession.formFields(adminPage, "session");
        handOver.put("session:supervisor_input", option(adminPage, "session:supervisor_input", "David Chen"));
        assertFalse(post(admin, page, handOver, "session:save").body().contains("ui-message-error"), "handed to David");
        assertFalse(admin.get(page).body().contains(note), "administrators never");
        WebSession david = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        String davids = david.get(page).body();
        assertTrue(davids.contains("id=\"addNote\"") || davids.contains("notes:addNote"), "David supervises it now");
        assertFalse(davids.contains(note), "the supervisor named later does not read it");
        assertFalse(david.get("/supervision/notes.xhtml").body().contains(note));
        assertTrue(renee.get("/supervision/notes.xhtml").body().contains(note), "its author still does");
        assertTrue(jade.get("/supervision/mine.xhtml").body().contains(note));
        assertFalse(luis.get("/supervision/mine.xhtml").body().contains(note));
    }

    @Test
    void onlyThoseWhoSuperviseInACohortAreOfferedItOrAcceptedThere() {
        WebSession david = WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        String offered = david.get("/supervision/session.xhtml").body();
        assertTrue(offered.contains(">" + DemoYears.now().currentName() + "<"), "a cohort David teaches");
        assertFalse(offered.contains(">" + DemoYears.now().pastName() + "<"), "not one he has nothing to do with");

        WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        String form = admin.get("/supervision/session.xhtml").body();
        String pastCohort = option(form, "session:cohort_input", DemoYears.now().pastName());
        Map<String, String> fields = sessionForm(form, pastCohort, "GROUP", DemoYears.now().pastStart().plusMonths(6), "Not David's cohort");
        fields.put("session:supervisor_input", option(form, "session:supervisor_input", "David Chen"));
        HttpResponse<String> withoutTrainee = post(admin, "/supervision/session.xhtml", fields, "session:save");
        fields = WebSession.formFields(withoutTrainee.body(), "session");
        fields.put("session:trainees", trainee(withoutTrainee.body(), "Ana García"));
        HttpResponse<String> refused = post(admin, "/supervision/session.xhtml", fields, "session:save");
        assertEquals(200, refused.statusCode(), "not scheduled");
        assertTrue(Stream.of(Locale.ENGLISH, Locale.forLanguageTag("es")).map(locale -> ResourceBundle
                        .getBundle("org.iecmhc.lms.messages", locale).getString("supervision.supervisor.notOfCohort"))
                .anyMatch(message -> refused.body().contains(message.substring(0, 30))), "the rule at the field");

        String davidId = fields.get("session:supervisor_input");
        String supervisors = "/supervision/supervisors.xhtml?cohort=" + pastCohort;
        Map<String, String> assignment = WebSession.formFields(admin.get(supervisors).body(), "supervisors");
        assignment.put("supervisors:supervisors", davidId);
        post(admin, supervisors, assignment, "supervisors:save");
        assertTrue(WebSession.formFields(admin.get(supervisors).body(), "supervisors").containsValue(davidId), "assigned");
        assertTrue(david.get("/supervision/session.xhtml").body().contains(">" + DemoYears.now().pastName() + "<"), "now offered to David");
        assertTrue(admin.get("/audit/log.xhtml").body().contains(DemoPerson.FACULTY_CONSULTANT.email()
                + " supervises in cohort " + pastCohort), "audited");

        Map<String, String> putBack = WebSession.formFields(admin.get(supervisors).body(), "supervisors");
        putBack.remove("supervisors:supervisors");
        post(admin, supervisors, putBack, "supervisors:save");
        assertFalse(david.get("/supervision/session.xhtml").body().contains(">" + DemoYears.now().pastName() + "<"), "taken back");
        assertEquals(403, david.get(supervisors).statusCode(), "only administrators assign");
    }

    private static Map<String, String> sessionForm(String html, String cohortId, String kind, LocalDate on, String topic) {
        Map<String, String> fields = WebSession.formFields(html, "session");
        fields.put("session:cohort_input", cohortId);
        fields.put("session:kind", kind);
        fields.put("session:date_input", on.toString());
        fields.put("session:time", "11:15");
        fields.put("session:minutes", "50");
        fields.put("session:topic", topic);
        return fields;
    }

    private static HttpResponse<String> post(WebSession session, String page, Map<String, String> fields, String button) {
        fields.put(button.substring(0, button.indexOf(':')), button.substring(0, button.indexOf(':')));
        fields.put(button, "");
        return session.post(page, fields);
    }

    /** The value of the option of this select whose label is given. */
    private static String option(String html, String select, String label) {
        int start = html.indexOf("name=\"" + select + "\"");
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(label) + "[ <]")
                .matcher(html.substring(start, html.indexOf("</select>", start)));
        assertTrue(option.find(), label + " in " + select);
        return option.group(1);
    }

    /** The account id of the invitable trainee whose checkbox has this label. */
    private static String trainee(String html, String name) {
        Matcher box = Pattern.compile("name=\"session:trainees\"[^>]*value=\"(\\d+)\"(?:(?!name=).)*?>"
                + Pattern.quote(name) + "</label>", Pattern.DOTALL).matcher(html);
        assertTrue(box.find(), name + " may be invited");
        return box.group(1);
    }

    private static String feed(WebSession person) {
        Matcher feed = FEED.matcher(person.get("/calendar/feed.xhtml").body());
        assertTrue(feed.find());
        return WebSession.anonymous().get(feed.group()).body();
    }

    private static HttpResponse<String> api(DemoPerson person, String path) {
        return WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
    }
}
