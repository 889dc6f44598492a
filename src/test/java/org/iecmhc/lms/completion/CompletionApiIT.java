package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

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

/** A cohort's completion figures as JSON, with the demo certificates of the past cohort. */
@ExtendWith(RunningApplication.class)
class CompletionApiIT {

    @Test
    void thePastCohortListsEveryEnrollmentWithItsFiguresAndTheCompletedOnesCertificates() {
        HttpResponse<String> response = get("/api/v1/cohorts/" + pastCohortId() + "/completion", DemoPerson.ADMIN);

        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> rows = Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
        assertEquals(8, rows.size(), "Ana, Brian, Chau, Denise, Elena, Frank, Grace and Nia");
        JsonObject ana = row(rows, "Ana García");
        assertEquals("completed", ana.getString("status"));
        assertTrue(ana.getString("certificateCode").matches("[2-9A-HJ-NP-Z]{12}"), ana.toString());
        assertEquals(24, ana.getJsonNumber("supervisionHoursRequired").intValue());
        assertEquals(6, ana.getInt("copMeetingsRequired"));
        assertEquals(60, ana.getJsonNumber("practicumHoursRequired").intValue());
        assertTrue(ana.containsKey("supervisionHours") && ana.containsKey("practicumHours") && ana.containsKey("copMeetings")
                && ana.containsKey("coursesPassed") && ana.containsKey("coursesRequired") && ana.containsKey("finalEvaluation"));
        assertEquals(1, ana.getJsonNumber("coursesPassed").intValue(), "the past cohort's required course, which she passed");
        assertEquals(1, ana.getJsonNumber("coursesRequired").intValue());
        assertFalse(ana.getBoolean("eligible"), "a completed trainee is no longer to be confirmed");
        assertEquals(5, rows.stream().filter(r -> r.containsKey("certificateCode")).count());
        assertEquals("withdrawn", row(rows, "Frank Yazzie").getString("status"));
        assertEquals("not_completed", row(rows, "Denise Johnson").getString("status"));
        assertFalse(row(rows, "Denise Johnson").containsKey("certificateCode"));
    }

    @Test
    void theActiveDemoCohortSpansTodayAndItsDemoTraineesAreOnTrack() {
        JsonArray cohorts = Json.createReader(new StringReader(get("/api/v1/cohorts", DemoPerson.ADMIN).body())).readArray();
        JsonObject active = cohorts.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(DemoYears.now().currentName())).findFirst().orElseThrow();
        LocalDate today = DemoYears.now().today();
        assertFalse(LocalDate.parse(active.getString("startDate")).isAfter(today), active.toString());
        assertFalse(LocalDate.parse(active.getString("endDate")).isBefore(today), active.toString());

        HttpResponse<String> board = get("/api/v1/cohorts/" + active.getJsonNumber("id").longValue() + "/completion",
                DemoPerson.ADMIN);
        List<JsonObject> rows = Json.createReader(new StringReader(board.body())).readArray().getValuesAs(JsonObject.class);
        assertEquals("on_track", row(rows, "María López").getString("status"), board.body());
        assertEquals("on_track", row(rows, "James Carter").getString("status"), board.body());
    }

    @Test
    void theEnrollmentPageShowsThePastCohortsDatesWithinItsYear() {
        String page = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD)
                .get("/cohort/enrollments.xhtml?cohort=" + pastCohortId()).body();
        DemoYears years = DemoYears.now();
        assertTrue(page.contains("Takes part from " + years.pastStart()) || page.contains("Participa desde " + years.pastStart()),
                page);
        assertTrue(page.contains("Completed " + years.pastEnd()) || page.contains("Completó " + years.pastEnd()), page);
    }

    @Test
    void facultyOfTheCohortMayReadItOthersMayNotAndAnUnknownCohortIsNotFound() {
        long past = pastCohortId();
        assertEquals(200, get("/api/v1/cohorts/" + past + "/completion", DemoPerson.FACULTY).statusCode());
        HttpResponse<String> notTheirs = get("/api/v1/cohorts/" + past + "/completion", DemoPerson.FACULTY_CONSULTANT);
        assertEquals(403, notTheirs.statusCode());
        assertEquals(403, get("/api/v1/cohorts/" + past + "/completion", DemoPerson.TRAINEE_EN).statusCode());

        HttpResponse<String> unknown = get("/api/v1/cohorts/999999/completion", DemoPerson.ADMIN);
        assertEquals(404, unknown.statusCode());
        assertEquals("no such cohort", Json.createReader(new StringReader(unknown.body())).readObject().getString("detail"));
    }

    @Test
    void aCertificateDownloadsForItsTraineeAndAdministratorsOnly() {
        HttpResponse<String> response = get("/api/v1/cohorts/" + pastCohortId() + "/completion", DemoPerson.ADMIN);
        List<JsonObject> rows = Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
        String path = "/completion/certificate?enrollment=" + row(rows, "Ana García").getInt("enrollmentId");

        HttpResponse<String> own = WebSession.signedIn("ana.garcia@demo.iecmhc.org", DemoData.PASSWORD).get(path);
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD).get(path).statusCode());
        assertEquals(404, WebSession.signedIn("brian.walker@demo.iecmhc.org", DemoData.PASSWORD).get(path).statusCode(),
                "another trainee, even one with a certificate of their own");
        assertEquals(404, WebSession.signedIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD).get(path).statusCode());
    }

    static long pastCohortId() {
        JsonArray cohorts = Json.createReader(new StringReader(get("/api/v1/cohorts", DemoPerson.ADMIN).body())).readArray();
        return cohorts.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals(DemoYears.now().pastName()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject row(List<JsonObject> rows, String name) {
        return rows.stream().filter(r -> r.getString("traineeName").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static HttpResponse<String> get(String path, DemoPerson person) {
        return WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
    }
}
