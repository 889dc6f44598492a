package org.iecmhc.lms.support;

import static org.iecmhc.lms.testsupport.ApiCalls.call;
import static org.iecmhc.lms.testsupport.ApiCalls.fields;
import static org.iecmhc.lms.testsupport.ApiCalls.id;
import static org.iecmhc.lms.testsupport.ApiCalls.object;
import static org.iecmhc.lms.testsupport.ApiCalls.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /api/v1/support/series: a consultant starts a series, enrols providers and takes attendance, as on the pages. */
@ExtendWith(RunningApplication.class)
class SupportApiIT {

    private static final String SERIES = "/api/v1/support/series";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Test
    void aConsultantStartsASeriesEnrolsAProviderAndTakesASessionsAttendance() {
        String title = "API series " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", SERIES, DemoPerson.CONSULTANT,
                "{\"title\": \"" + title + "\", \"language\": \"es\", \"startsOn\": \"" + TODAY.minusDays(40) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject series = object(created.body());
        long id = id(series);
        List<JsonObject> sessions = series.getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertEquals(6, sessions.size());
        long first = id(sessions.get(0));
        long provider = id(rows(call("GET", "/api/v1/providers?size=1", DemoPerson.CONSULTANT, null)).get(0));

        HttpResponse<String> enrolled = call("POST", SERIES + "/" + id + "/enrollments", DemoPerson.CONSULTANT,
                "{\"providerId\": " + provider + "}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        long enrollment = id(object(enrolled.body()));
        HttpResponse<String> twice = call("POST", SERIES + "/" + id + "/enrollments", DemoPerson.CONSULTANT,
                "{\"providerId\": " + provider + "}");
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals(List.of("providerId"), fields(twice));

        String attendance = SERIES + "/" + id + "/sessions/" + first + "/attendance";
        HttpResponse<String> taken = call("POST", attendance, DemoPerson.CONSULTANT, "{\"present\": [" + enrollment + "]}");
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals(List.of(enrollment), present(object(taken.body())));
        HttpResponse<String> read = call("GET", SERIES + "/" + id, DemoPerson.CONSULTANT, null);
        assertTrue(read.headers().firstValue("ETag").isPresent());
        JsonObject whole = object(read.body());
        assertEquals(List.of(enrollment), present(whole.getJsonArray("sessions").getJsonObject(0)));
        assertEquals(provider, whole.getJsonArray("enrollments").getJsonObject(0).getJsonNumber("providerId").longValue());

        HttpResponse<String> stranger = call("POST", attendance, DemoPerson.CONSULTANT, "{\"present\": [999999999]}");
        assertEquals(422, stranger.statusCode(), stranger.body());
        assertEquals(List.of("present"), fields(stranger));
        long later = id(sessions.get(5));
        HttpResponse<String> future = call("POST", SERIES + "/" + id + "/sessions/" + later + "/attendance",
                DemoPerson.CONSULTANT, "{\"present\": []}");
        assertEquals(422, future.statusCode(), future.body());
        long otherSession = id(object(call("GET", SERIES + "/" + otherSeries(DemoPerson.ADMIN), DemoPerson.ADMIN, null)
                .body()).getJsonArray("sessions").getJsonObject(0));
        assertEquals(404, call("POST", SERIES + "/" + id + "/sessions/" + otherSession + "/attendance",
                DemoPerson.CONSULTANT, "{\"present\": []}").statusCode());

        HttpResponse<String> malformed = call("POST", SERIES, DemoPerson.CONSULTANT,
                "{\"title\": 7, \"language\": \"es\", \"startsOn\": \"next week\"}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(List.of("title", "startsOn"), fields(malformed));
        assertEquals(400, call("POST", attendance, DemoPerson.CONSULTANT, "{\"present\": [\"all\"]}").statusCode());
    }

    @Test
    void anAdministratorImportsPastSeriesAllOrNothingAndTheFacilitatorExportsTheirAttendance() throws IOException {
        String sample = Files.readString(Path.of("docs/samples/support-series.csv"));
        HttpResponse<String> dryRun = csv(SERIES + "/import?dryRun=true", DemoPerson.ADMIN, sample);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(4, object(dryRun.body()).getInt("wouldImport"));

        String title = "Imported " + UUID.randomUUID().toString().substring(0, 8);
        String file = "title,language,facilitator_email,session_dates,start_time,minutes,provider,attended,"
                + "highly_valuable,comments,consent_to_quote\n"
                + title + ",es," + DemoPerson.CONSULTANT.email() + ",2022-10-05;2022-09-07,,,Casita de Colores,"
                + "2022-09-07,yes,,\n";
        HttpResponse<String> imported = csv(SERIES + "/import", DemoPerson.ADMIN, file);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, object(imported.body()).getInt("imported"));
        long id = id(rows(call("GET", SERIES + "?size=500", DemoPerson.CONSULTANT, null)).stream()
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(
                        "Rosa facilitated it")));
        JsonObject series = object(call("GET", SERIES + "/" + id, DemoPerson.CONSULTANT, null).body());
        assertEquals("2022-09-07", series.getString("startsOn"));
        assertEquals(2, series.getJsonArray("sessions").size());
        JsonObject enrollment = series.getJsonArray("enrollments").getJsonObject(0);
        assertTrue(enrollment.getBoolean("highlyValuable"));
        assertEquals(List.of(id(enrollment)), present(series.getJsonArray("sessions").getJsonObject(0)));

        HttpResponse<byte[]> exported = WebSession.signedIn(DemoPerson.CONSULTANT.email(), DemoData.PASSWORD)
                .download("/support/attendance.csv?series=" + id);
        assertEquals(200, exported.statusCode());
        assertEquals("title,language,facilitator_email,session_dates,start_time,minutes,provider,attended,"
                + "highly_valuable\r\n" + title + ",es," + DemoPerson.CONSULTANT.email()
                + ",2022-09-07;2022-10-05,18:30,90,Casita de Colores,2022-09-07,yes\r\n",
                new String(exported.body(), StandardCharsets.UTF_8));
        assertEquals(404, WebSession.signedIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD)
                .download("/support/attendance.csv?series=" + id).statusCode(), "another consultant's series");

        HttpResponse<String> again = csv(SERIES + "/import", DemoPerson.ADMIN, file + ",fr,,2099-01-01,,,,,,,\n");
        assertEquals(422, again.statusCode(), again.body());
        assertEquals(List.of(2, 3, 3, 3, 3), object(again.body()).getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getInt("line")).toList(), again.body());
        assertEquals(403, csv(SERIES + "/import?dryRun=true", DemoPerson.CONSULTANT, sample).statusCode(),
                "administrators only");
    }

    private static HttpResponse<String> csv(String path, DemoPerson person, String body) {
        return WebSession.anonymous().callApi("POST", path, person.email(), DemoData.PASSWORD, "text/csv", body, Map.of());
    }

    @Test
    void aConsultantSeesOnlyTheSeriesTheyFacilitate() {
        List<JsonObject> rosas = rows(call("GET", SERIES, DemoPerson.CONSULTANT, null));
        long rosa = rosas.get(0).getJsonNumber("facilitatorId").longValue();
        assertTrue(rosas.stream().allMatch(s -> s.getJsonNumber("facilitatorId").longValue() == rosa));
        long davids = id(rows(call("GET", SERIES + "?language=en", DemoPerson.ADMIN, null)).stream()
                .filter(s -> s.getJsonNumber("facilitatorId").longValue() != rosa).findFirst().orElseThrow());
        assertEquals(404, call("GET", SERIES + "/" + davids, DemoPerson.CONSULTANT, null).statusCode());
        assertEquals(404, call("POST", SERIES + "/" + davids + "/enrollments", DemoPerson.CONSULTANT,
                "{\"providerId\": 1}").statusCode());
        assertEquals(403, call("GET", SERIES, DemoPerson.FACULTY, null).statusCode());
        assertEquals(403, call("POST", SERIES, DemoPerson.HELPLINE, "{}").statusCode());
    }

    private static long otherSeries(DemoPerson admin) {
        return id(rows(call("GET", SERIES + "?language=en", admin, null)).get(0));
    }

    private static List<Long> present(JsonObject session) {
        return session.getJsonArray("present").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(n -> n.longValue()).toList();
    }
}
