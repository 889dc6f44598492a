package org.iecmhc.lms.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Community of Practice meetings and their attendance through the JSON API, for those who run the series and
 * administrators. The past cohort's circle (Renée's, everyone present) is written back as it is, so the demo's
 * credits stay as other tests expect them.
 */
@ExtendWith(RunningApplication.class)
class CommunityApiIT {

    @Test
    void meetingsAreListedAPageAtATimeOfOneCohortForThoseWhoRunThem() {
        String path = "/api/v1/community/meetings?cohort=" + pastCohortId();
        HttpResponse<String> renee = get(path + "&size=4", DemoPerson.FACULTY);
        assertEquals(200, renee.statusCode(), renee.body());
        JsonArray meetings = array(renee.body());
        assertEquals(4, meetings.size());
        assertEquals("6", renee.headers().firstValue("X-Total-Count").orElseThrow(), "six monthly meetings");
        assertTrue(renee.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"next\"")));
        JsonObject latest = meetings.getJsonObject(0);
        assertEquals("Reflective practice circle", latest.getString("series"));
        assertEquals(90, latest.getInt("minutes"));
        assertTrue(latest.getString("startsAt").compareTo(meetings.getJsonObject(1).getString("startsAt")) > 0, "latest first");

        assertEquals(0, array(get(path, DemoPerson.FACULTY_CONSULTANT).body()).size(), "David runs none of them");
        assertEquals(6, array(get(path, DemoPerson.ADMIN).body()).size());
        assertEquals(403, get(path, DemoPerson.TRAINEE).statusCode());
        assertEquals(400, get("/api/v1/community/meetings?page=-1", DemoPerson.ADMIN).statusCode());
    }

    @Test
    void oneMeetingShowsItsAttendanceWhichItsFacilitatorTakes() {
        long id = pastMeetingId();
        HttpResponse<String> read = get("/api/v1/community/meetings/" + id, DemoPerson.FACULTY);
        assertEquals(200, read.statusCode(), read.body());
        JsonArray attendance = object(read.body()).getJsonArray("attendance");
        assertTrue(attendance.size() >= 5, attendance.toString());
        JsonObject present = attendance.getValuesAs(JsonObject.class).stream()
                .filter(a -> "PRESENT".equals(a.getString("attendance", null))).findFirst().orElseThrow();

        String trainee = present.getJsonNumber("traineeId").toString();
        String path = "/api/v1/community/meetings/" + id + "/attendance";
        HttpResponse<String> taken = put(path, DemoPerson.FACULTY, "{\"attendance\": {\"" + trainee + "\": \"PRESENT\"}}");
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals(object(read.body()), object(taken.body()));
        assertEquals(200, put(path, DemoPerson.ADMIN, "{\"attendance\": {}}").statusCode());

        assertEquals(404, get("/api/v1/community/meetings/" + id, DemoPerson.FACULTY_CONSULTANT).statusCode());
        assertEquals(404, put(path, DemoPerson.FACULTY_CONSULTANT, "{\"attendance\": {}}").statusCode());
        assertEquals(403, put(path, DemoPerson.TRAINEE, "{\"attendance\": {}}").statusCode());
        assertEquals(404, get("/api/v1/community/meetings/999999", DemoPerson.ADMIN).statusCode());
    }

    @Test
    void badAttendanceIsRefusedWithTheFields() {
        String path = "/api/v1/community/meetings/" + pastMeetingId() + "/attendance";
        HttpResponse<String> wrong = put(path, DemoPerson.FACULTY, "{\"attendance\": {\"x1\": \"PRESENT\"}}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(List.of("attendance.x1"), fields(wrong.body()));
        assertEquals(List.of("attendance"), fields(put(path, DemoPerson.FACULTY, "{}").body()));

        HttpResponse<String> stranger = put(path, DemoPerson.FACULTY, "{\"attendance\": {\"999999\": \"ABSENT\"}}");
        assertEquals(422, stranger.statusCode(), stranger.body());
        assertEquals(List.of("attendance"), fields(stranger.body()));
    }

    @Test
    void anAdministratorChecksPastMeetingsAllOrNothingAndThoseWhoRunASeriesExportItsAttendance() throws IOException {
        String imports = "/api/v1/community/meetings/import";
        String sample = Files.readString(Path.of("docs/samples/cop-meetings.csv"))
                .replace("2026-2027", DemoYears.now().currentName());
        HttpResponse<String> dryRun = csv(imports + "?dryRun=true", DemoPerson.ADMIN, sample);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(5, object(dryRun.body()).getInt("wouldImport"));
        HttpResponse<String> bad = csv(imports, DemoPerson.ADMIN,
                sample + "Nowhere,Circle,faculty@demo.iecmhc.org,2026-09-17,17:30,90,,,\n");
        assertEquals(422, bad.statusCode(), bad.body());
        assertEquals(1, object(bad.body()).getInt("total"));
        assertEquals(7, object(bad.body()).getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertEquals(403, csv(imports + "?dryRun=true", DemoPerson.FACULTY, sample).statusCode(), "administrators only");

        long seriesId = array(get("/api/v1/community/meetings?size=1&cohort=" + pastCohortId(), DemoPerson.ADMIN).body())
                .getJsonObject(0).getJsonNumber("seriesId").longValue();
        HttpResponse<byte[]> exported = WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD)
                .download("/community/attendance.csv?series=" + seriesId);
        assertEquals(200, exported.statusCode());
        String file = new String(exported.body(), StandardCharsets.UTF_8);
        assertTrue(file.startsWith("cohort,series,facilitator_email,held_on,start_time,minutes,topic,trainee_email,"
                + "attendance\r\n"), file);
        assertTrue(file.contains(DemoYears.now().pastName() + ",Reflective practice circle," + DemoPerson.FACULTY.email()
                + ","), file);
        assertTrue(file.contains(",present\r\n"), file);
        HttpResponse<String> back = csv(imports + "?dryRun=true", DemoPerson.ADMIN, file);
        assertEquals(422, back.statusCode(), "the export reads back as this series' stored meetings");
        assertTrue(back.body().contains("is already stored in this series"), back.body());
        assertEquals(404, WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD)
                .download("/community/attendance.csv?series=" + seriesId).statusCode(), "David runs none of them");
    }

    private static HttpResponse<String> csv(String path, DemoPerson person, String body) {
        return WebSession.anonymous().callApi("POST", path, person.email(), DemoData.PASSWORD, "text/csv", body, Map.of());
    }

    private static long pastMeetingId() {
        return array(get("/api/v1/community/meetings?size=1&cohort=" + pastCohortId(), DemoPerson.ADMIN).body())
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long pastCohortId() {
        return array(get("/api/v1/cohorts", DemoPerson.ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(DemoYears.now().pastName())).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<String> fields(String body) {
        return object(body).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static HttpResponse<String> get(String path, DemoPerson person) {
        return WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
    }

    private static HttpResponse<String> put(String path, DemoPerson person, String body) {
        return WebSession.api("PUT", path, person.email(), DemoData.PASSWORD, "application/json", body);
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
