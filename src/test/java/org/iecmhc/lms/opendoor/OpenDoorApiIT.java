package org.iecmhc.lms.opendoor;

import static org.iecmhc.lms.testsupport.ApiCalls.call;
import static org.iecmhc.lms.testsupport.ApiCalls.csv;
import static org.iecmhc.lms.testsupport.ApiCalls.fields;
import static org.iecmhc.lms.testsupport.ApiCalls.id;
import static org.iecmhc.lms.testsupport.ApiCalls.object;
import static org.iecmhc.lms.testsupport.ApiCalls.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/v1/opendoor/sessions: a consultant schedules their sessions, fills their year and records who attended, as on
 * the pages; and /api/v1/webinars' registration settings and recording link, and a webinar's attendance export.
 */
@ExtendWith(RunningApplication.class)
class OpenDoorApiIT {

    private static final String SESSIONS = "/api/v1/opendoor/sessions";
    private static final String WEBINARS = "/api/v1/webinars";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Test
    void aConsultantSchedulesASessionAndRecordsAProviderOnce() {
        String title = "API drop-in " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", SESSIONS, DemoPerson.CONSULTANT,
                session(TODAY.minusDays(1), title, "es"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject session = object(created.body());
        long id = id(session);
        assertEquals(title, session.getString("title"));
        long provider = id(rows(call("GET", "/api/v1/providers?size=1", DemoPerson.CONSULTANT, null)).get(0));

        HttpResponse<String> attended = call("POST", SESSIONS + "/" + id + "/attendance", DemoPerson.CONSULTANT,
                "{\"providerId\": " + provider + "}");
        assertEquals(201, attended.statusCode(), attended.body());
        HttpResponse<String> twice = call("POST", SESSIONS + "/" + id + "/attendance", DemoPerson.CONSULTANT,
                "{\"providerId\": " + provider + "}");
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals(List.of("providerId"), fields(twice));

        HttpResponse<String> read = call("GET", SESSIONS + "/" + id, DemoPerson.CONSULTANT, null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("ETag").isPresent());
        List<JsonObject> attendance = object(read.body()).getJsonArray("attendance").getValuesAs(JsonObject.class);
        assertEquals(List.of(provider), attendance.stream().map(a -> a.getJsonNumber("providerId").longValue()).toList());
        HttpResponse<byte[]> exported = WebSession.signedIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD)
                .download("/opendoor/attendance.csv?session=" + id);
        assertEquals(200, exported.statusCode());
        String csv = new String(exported.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("held_on,title,language,facilitator_email,provider,worthwhile\r\n"), csv);
        assertTrue(csv.contains(title + ",es," + DemoPerson.CONSULTANT.email() + ","), csv);
        assertEquals(404, WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD)
                .download("/opendoor/attendance.csv?session=" + id).statusCode(), "another consultant's session");
        WebSession spanish = WebSession.signedIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD);
        for (String malformed : List.of("abc", "99999999999999999999", "-" + id)) {
            HttpResponse<byte[]> refused = spanish.download("/opendoor/attendance.csv?session=" + malformed);
            String page = new String(refused.body(), StandardCharsets.UTF_8);
            assertEquals(400, refused.statusCode(), malformed);
            assertTrue(page.contains("no comprensible") && page.contains("entero desde 1"),
                    "the error page says why, in Rosa's Spanish: " + page);
        }

        long ahead = id(object(call("POST", SESSIONS, DemoPerson.CONSULTANT, session(TODAY.plusDays(9), title, "es")).body()));
        HttpResponse<String> early = call("POST", SESSIONS + "/" + ahead + "/attendance", DemoPerson.CONSULTANT,
                "{\"providerId\": " + provider + "}");
        assertEquals(422, early.statusCode(), early.body());

        HttpResponse<String> malformed = call("POST", SESSIONS, DemoPerson.CONSULTANT, "{\"heldOn\": 5, \"language\": \"fr\"}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(List.of("heldOn", "title", "language"), fields(malformed));
        HttpResponse<String> noFacilitator = call("POST", SESSIONS, DemoPerson.ADMIN, session(TODAY, title, "en"));
        assertEquals(422, noFacilitator.statusCode(), "an administrator names the facilitator");
        assertEquals(List.of("facilitatorId"), fields(noFacilitator));
    }

    @Test
    void anAdministratorImportsPastSessionsAllOrNothingAfterADryRunOfTheSample() throws IOException {
        String sample = Files.readString(Path.of("docs/samples/opendoor-sessions.csv"));
        HttpResponse<String> dryRun = csv(SESSIONS + "/import?dryRun=true", DemoPerson.ADMIN, sample);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(4, object(dryRun.body()).getInt("wouldImport"));

        String title = "Imported " + UUID.randomUUID().toString().substring(0, 8);
        String file = "held_on,title,language,facilitator_email,provider,worthwhile,comments,consent_to_quote\n"
                + "2022-10-05," + title + ",es," + DemoPerson.CONSULTANT.email() + ",Casita de Colores,yes,,\n";
        HttpResponse<String> imported = csv(SESSIONS + "/import", DemoPerson.ADMIN, file);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, object(imported.body()).getInt("imported"));
        assertTrue(rows(call("GET", SESSIONS + "?size=500", DemoPerson.CONSULTANT, null)).stream()
                .anyMatch(s -> s.getString("title").equals(title)), "Rosa facilitated it");

        HttpResponse<String> again = csv(SESSIONS + "/import", DemoPerson.ADMIN, file + "2099-01-01,x,fr,,,,,\n");
        assertEquals(422, again.statusCode(), again.body());
        JsonObject problem = object(again.body());
        assertEquals(List.of(2, 3, 3, 3), problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("line")).toList(), again.body());
        assertEquals(403, csv(SESSIONS + "/import?dryRun=true", DemoPerson.CONSULTANT, sample).statusCode(),
                "administrators only");
    }

    @Test
    void aConsultantSeesOnlyTheSessionsTheyFacilitate() {
        List<JsonObject> rosas = rows(call("GET", SESSIONS + "?size=500", DemoPerson.CONSULTANT, null));
        long rosa = rosas.get(0).getJsonNumber("facilitatorId").longValue();
        assertTrue(rosas.stream().allMatch(s -> s.getJsonNumber("facilitatorId").longValue() == rosa));
        assertFalse(rosas.stream().anyMatch(s -> s.containsKey("attendance")));
        long davids = id(rows(call("GET", SESSIONS + "?language=en&size=500", DemoPerson.ADMIN, null)).stream()
                .filter(s -> s.getJsonNumber("facilitatorId").longValue() != rosa).findFirst().orElseThrow());
        assertEquals(404, call("GET", SESSIONS + "/" + davids, DemoPerson.CONSULTANT, null).statusCode());
        assertEquals(404, call("POST", SESSIONS + "/" + davids + "/attendance", DemoPerson.CONSULTANT,
                "{\"providerId\": 1}").statusCode());
        assertEquals(200, call("GET", SESSIONS + "/" + davids, DemoPerson.ADMIN, null).statusCode());
        assertEquals(400, call("GET", SESSIONS + "?language=klingon", DemoPerson.ADMIN, null).statusCode());

        assertEquals(403, call("GET", SESSIONS, DemoPerson.HELPLINE, null).statusCode());
        assertEquals(403, call("POST", SESSIONS, DemoPerson.TRAINEE, session(TODAY, "Sneaky", "en")).statusCode());
    }

    /**
     * A session given its time through the API fills the rest of its fiscal year with monthly sessions at that time;
     * sent again, it creates nothing. Left closed for registration, so the public list does not change.
     */
    @Test
    void aConsultantGivesASessionItsTimeAndCreatesTheRestOfItsYearOnce() {
        String title = "API monthly " + UUID.randomUUID().toString().substring(0, 8);
        long id = id(object(call("POST", SESSIONS, DemoPerson.CONSULTANT, session(TODAY.plusDays(3), title, "en")).body()));
        HttpResponse<String> untimed = call("POST", SESSIONS + "/year", DemoPerson.CONSULTANT, "{\"sessionId\": " + id + "}");
        assertEquals(422, untimed.statusCode(), untimed.body());
        assertTrue(object(untimed.body()).getString("detail").contains("time"), untimed.body());

        HttpResponse<String> malformed = call("PUT", SESSIONS + "/" + id + "/registration", DemoPerson.CONSULTANT,
                "{\"startsAt\": \"soon\", \"minutes\": 0, \"capacity\": \"many\"}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(List.of("startsAt", "minutes", "capacity"), fields(malformed));
        HttpResponse<String> timed = call("PUT", SESSIONS + "/" + id + "/registration", DemoPerson.CONSULTANT,
                "{\"startsAt\": \"" + TODAY.plusDays(3) + "T18:00\", \"minutes\": 45}");
        assertEquals(200, timed.statusCode(), timed.body());
        assertEquals(TODAY.plusDays(3) + "T18:00", object(timed.body()).getString("startsAt"));
        assertFalse(object(timed.body()).containsKey("capacity"), "still closed for registration");

        String year = "{\"sessionId\": " + id + "}";
        assertEquals(404, call("POST", SESSIONS + "/year", DemoPerson.FACULTY_CONSULTANT, year).statusCode(),
                "another consultant's session");
        HttpResponse<String> filled = call("POST", SESSIONS + "/year", DemoPerson.CONSULTANT, year);
        assertEquals(200, filled.statusCode(), filled.body());
        List<JsonObject> created = object(filled.body()).getJsonArray("created").getValuesAs(JsonObject.class);
        YearMonth first = YearMonth.from(TODAY.plusDays(3));
        YearMonth june = YearMonth.of(first.getMonthValue() >= 7 ? first.getYear() + 1 : first.getYear(), 6);
        assertEquals(first.equals(june), created.isEmpty(), filled.body());
        assertEquals(created.size(), created.stream().map(s -> YearMonth.from(LocalDate.parse(s.getString("heldOn"))))
                .filter(month -> month.isAfter(first)).distinct().count(), "one a month after the first: " + filled.body());
        assertTrue(created.stream().allMatch(s -> s.getString("title").equals(title) && s.getString("startsAt").endsWith("T18:00")
                && s.getInt("minutes") == 45), filled.body());
        HttpResponse<String> again = call("POST", SESSIONS + "/year", DemoPerson.CONSULTANT, year);
        assertEquals(List.of(), object(again.body()).getJsonArray("created"), "every month has its session");
        assertEquals(List.of("sessionId"), fields(call("POST", SESSIONS + "/year", DemoPerson.CONSULTANT, "{}")));
    }

    /** Webinars live beside Open-Door sessions: their registration settings and recording link through the API. */
    @Test
    void aConsultantOpensAndClosesAWebinarsRegistrationAndSetsItsRecordingOnceBegun() {
        String upcoming = "{\"title\": \"API webinar\", \"topic\": \"Sleep\", \"language\": \"en\", \"startsAt\": \""
                + TODAY.plusDays(12) + "T18:00\", \"minutes\": 60}";
        long id = id(object(call("POST", WEBINARS, DemoPerson.CONSULTANT, upcoming).body()));
        String registration = WEBINARS + "/" + id + "/registration";
        HttpResponse<String> opened = call("PUT", registration, DemoPerson.CONSULTANT,
                "{\"capacity\": 25, \"format\": \"in_person\", \"meetingLink\": \"https://meet.example.org/api\"}");
        assertEquals(200, opened.statusCode(), opened.body());
        JsonObject open = object(opened.body());
        assertTrue(open.getBoolean("registrationOpen"));
        assertEquals(List.of(25, "IN_PERSON", "https://meet.example.org/api"), List.of(open.getInt("capacity"),
                open.getString("format"), open.getString("meetingLink")));
        assertEquals(List.of("capacity", "format"), fields(call("PUT", registration, DemoPerson.CONSULTANT,
                "{\"capacity\": 0, \"format\": \"radio\"}")));
        HttpResponse<String> badLink = call("PUT", registration, DemoPerson.CONSULTANT,
                "{\"capacity\": 5, \"meetingLink\": \"meet me\"}");
        assertEquals(422, badLink.statusCode(), badLink.body());
        assertEquals(List.of("meetingLink"), fields(badLink));
        assertEquals(404, call("PUT", registration, DemoPerson.FACULTY_CONSULTANT, "{}").statusCode());
        HttpResponse<byte[]> exported = WebSession.signedIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD)
                .download("/webinar/attendance.csv?webinar=" + id);
        assertEquals(200, exported.statusCode());
        assertEquals(List.of("text/csv;charset=utf-8", "attachment; filename*=UTF-8''webinar-attendance-" + id + ".csv"),
                List.of(exported.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT),
                        exported.headers().firstValue("Content-Disposition").orElse("")));
        assertEquals("title,language,facilitator_email,date,start_time,minutes,registrant,email,program,"
                + "registration_state,attended,worthwhile\r\n", new String(exported.body(), StandardCharsets.UTF_8),
                "no one registers through the API; the lines are proven in WebinarsPersistenceTest");
        assertEquals(404, WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD)
                .download("/webinar/attendance.csv?webinar=" + id).statusCode(), "another consultant's webinar");
        JsonObject closed = object(call("PUT", registration, DemoPerson.CONSULTANT, "{}").body());
        assertFalse(closed.getBoolean("registrationOpen"), closed.toString());
        assertFalse(closed.containsKey("capacity"), closed.toString());

        HttpResponse<String> early = call("PUT", WEBINARS + "/" + id + "/recording", DemoPerson.CONSULTANT,
                "{\"recordingLink\": \"https://video.example.org/api\"}");
        assertEquals(422, early.statusCode(), "not begun: " + early.body());
        assertEquals(List.of("recordingLink"), fields(early));
        long held = id(object(call("POST", WEBINARS, DemoPerson.CONSULTANT,
                upcoming.replace(TODAY.plusDays(12) + "T", TODAY.minusDays(2) + "T")).body()));
        HttpResponse<String> recorded = call("PUT", WEBINARS + "/" + held + "/recording", DemoPerson.CONSULTANT,
                "{\"recordingLink\": \"https://video.example.org/api\"}");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals("https://video.example.org/api", object(call("GET", WEBINARS + "/" + held, DemoPerson.CONSULTANT, null)
                .body()).getString("recordingLink"));
        assertFalse(object(call("PUT", WEBINARS + "/" + held + "/recording", DemoPerson.CONSULTANT, "{}").body())
                .containsKey("recordingLink"), "cleared");
    }

    private static String session(LocalDate heldOn, String title, String language) {
        return "{\"heldOn\": \"" + heldOn + "\", \"title\": \"" + title + "\", \"language\": \"" + language + "\"}";
    }
}
