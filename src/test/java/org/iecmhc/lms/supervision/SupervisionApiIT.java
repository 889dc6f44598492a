package org.iecmhc.lms.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance at a supervision session through the JSON API, by its supervisor or an administrator with the
 * session page's rules. The demo's past sessions are written back with the attendance they already have, so the
 * demo's hours stay as other tests expect them.
 */
@ExtendWith(RunningApplication.class)
class SupervisionApiIT {

    @Test
    void theSupervisorAndAdministratorsTakeAttendanceOthersAreRefused() {
        JsonObject session = latestPastSession();
        String path = "/api/v1/supervision/sessions/" + session.getJsonNumber("id").longValue() + "/attendance";
        JsonObject invitee = session.getJsonArray("invited").getJsonObject(0);
        String body = "{\"attendance\": {\"" + invitee.getJsonNumber("traineeId") + "\": \""
                + invitee.getString("attendance") + "\"}}";

        HttpResponse<String> taken = put(path, DemoPerson.FACULTY, body);
        assertEquals(200, taken.statusCode(), taken.body());
        JsonArray attendance = Json.createReader(new StringReader(taken.body())).readArray();
        assertEquals(session.getJsonArray("invited").size(), attendance.size());
        assertTrue(attendance.contains(invitee), attendance.toString());
        assertFalse(taken.body().contains("note"), "no note, not even a count: " + taken.body());
        assertEquals(200, put(path, DemoPerson.ADMIN, body).statusCode());

        assertEquals(404, put(path, DemoPerson.FACULTY_CONSULTANT, body).statusCode(), "not their session");
        assertEquals(403, put(path, DemoPerson.TRAINEE, body).statusCode());
        assertEquals(404, put("/api/v1/supervision/sessions/999999/attendance", DemoPerson.ADMIN, body).statusCode());
    }

    @Test
    void badAttendanceIsRefusedWithTheFieldsAndNothingIsRecorded() {
        JsonObject session = latestPastSession();
        long id = session.getJsonNumber("id").longValue();
        String path = "/api/v1/supervision/sessions/" + id + "/attendance";
        String trainee = session.getJsonArray("invited").getJsonObject(0).getJsonNumber("traineeId").toString();

        HttpResponse<String> wrong = put(path, DemoPerson.FACULTY, "{\"attendance\": {\"abc\": \"PRESENT\", \"" + trainee
                + "\": \"LATE\"}}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(List.of("attendance.abc", "attendance." + trainee).stream().sorted().toList(),
                fields(wrong.body()).stream().sorted().toList());
        assertEquals(List.of("attendance"), fields(put(path, DemoPerson.FACULTY, "{\"attendance\": [\"PRESENT\"]}").body()));
        assertEquals(400, put(path, DemoPerson.FACULTY, "not json").statusCode());

        HttpResponse<String> notInvited = put(path, DemoPerson.FACULTY, "{\"attendance\": {\"999999\": \"PRESENT\"}}");
        assertEquals(422, notInvited.statusCode(), notInvited.body());
        assertEquals(List.of("attendance"), fields(notInvited.body()));
        assertEquals(session, latestPastSession(), "nothing changed");
    }

    @Test
    void anAdministratorChecksPastSessionsAllOrNothingAndTheSupervisorExportsAttendanceWithoutNotes() throws IOException {
        String imports = "/api/v1/supervision/sessions/import";
        String sample = Files.readString(Path.of("docs/samples/supervision-sessions.csv"))
                .replace("2026-2027", DemoYears.now().currentName());
        HttpResponse<String> dryRun = csv(imports + "?dryRun=true", DemoPerson.ADMIN, sample);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(4, Json.createReader(new StringReader(dryRun.body())).readObject().getInt("wouldImport"));
        HttpResponse<String> bad = csv(imports, DemoPerson.ADMIN, sample
                + DemoYears.now().currentName() + ",group,trainee@demo.iecmhc.org,2026-09-24,16:00,60,,,\n");
        assertEquals(422, bad.statusCode(), bad.body());
        assertEquals(2, Json.createReader(new StringReader(bad.body())).readObject().getInt("total"),
                "a trainee supervises no one, and a session line names a trainee");
        assertEquals(403, csv(imports + "?dryRun=true", DemoPerson.FACULTY, sample).statusCode(), "administrators only");

        JsonObject session = latestPastSession();
        String export = "/supervision/attendance.csv?session=" + session.getJsonNumber("id").longValue();
        HttpResponse<byte[]> exported = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD).download(export);
        assertEquals(200, exported.statusCode());
        String file = new String(exported.body(), StandardCharsets.UTF_8);
        assertTrue(file.startsWith("cohort,kind,supervisor_email,held_on,start_time,minutes,topic,trainee_email,"
                + "attendance\r\n"), file);
        assertEquals(session.getJsonArray("invited").size() + 1, file.split("\r\n").length, "a line per invitee: " + file);
        assertEquals(422, csv(imports + "?dryRun=true", DemoPerson.ADMIN, file).statusCode(),
                "the export reads back as the stored session");
        assertEquals(404, WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD).download(export)
                .statusCode(), "not their session");
    }

    private static HttpResponse<String> csv(String path, DemoPerson person, String body) {
        return WebSession.anonymous().callApi("POST", path, person.email(), DemoData.PASSWORD, "text/csv", body, Map.of());
    }

    /** The newest session of the past cohort: Renée's, its attendance all taken. */
    private static JsonObject latestPastSession() {
        JsonArray cohorts = Json.createReader(new StringReader(WebSession.api("GET", "/api/v1/cohorts",
                DemoPerson.ADMIN.email(), DemoData.PASSWORD).body())).readArray();
        long past = cohorts.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(DemoYears.now().pastName())).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> sessions = WebSession.api("GET", "/api/v1/supervision/sessions?size=1&cohort=" + past,
                DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        assertEquals(200, sessions.statusCode(), sessions.body());
        JsonObject session = Json.createReader(new StringReader(sessions.body())).readArray().getJsonObject(0);
        assertFalse(session.getJsonArray("invited").isEmpty(), session.toString());
        return session;
    }

    private static List<String> fields(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList();
    }

    private static HttpResponse<String> put(String path, DemoPerson person, String body) {
        return WebSession.api("PUT", path, person.email(), DemoData.PASSWORD, "application/json", body);
    }
}
