package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cohort API: list, create and roster import, with their refusals, against the running application. */
@ExtendWith(RunningApplication.class)
class CohortApiIT {

    private static final String HEADER = "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n";
    private static final String ADMIN = DemoPerson.ADMIN.email();

    @Test
    void listsTheDemoCohortsNewestFirst() {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/cohorts", ADMIN, DemoData.PASSWORD);
        assertEquals(200, response.statusCode());
        JsonArray cohorts = Json.createReader(new StringReader(response.body())).readArray();
        List<String> names = cohorts.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
        assertTrue(names.indexOf(DemoYears.now().currentName()) < names.indexOf(DemoYears.now().pastName()), names.toString());
        JsonObject current = cohorts.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(DemoYears.now().currentName())).findFirst().orElseThrow();
        assertEquals("bilingual", current.getString("language"));
        assertEquals("active", current.getString("status"));
        assertTrue(current.getInt("activeEnrollments") >= 2);
    }

    @Test
    void createsACohortAndRefusesBadOrDuplicateInputWithFieldErrors() {
        String json = "{\"name\":\"API 2030-2031\",\"startDate\":\"2030-09-01\",\"endDate\":\"2031-06-30\","
                + "\"language\":\"es\",\"capacity\":12}";
        HttpResponse<String> created = post("/api/v1/cohorts", "application/json", json);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject cohort = object(created.body());
        assertTrue(cohort.getInt("id") > 0);
        assertEquals("es", cohort.getString("language"));
        assertEquals("planned", cohort.getString("status"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/cohorts/" + cohort.getInt("id")));

        HttpResponse<String> duplicate = post("/api/v1/cohorts", "application/json", json);
        assertEquals(422, duplicate.statusCode());
        JsonObject field = object(duplicate.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("name", field.getString("field"));
        assertEquals("Another cohort already has this name.", field.getString("message"));

        HttpResponse<String> backwards = post("/api/v1/cohorts", "application/json", "{\"name\":\"Backwards\","
                + "\"startDate\":\"2030-09-01\",\"endDate\":\"2030-01-01\",\"language\":\"en\",\"capacity\":5}");
        assertEquals(422, backwards.statusCode());
        assertEquals("endDate", object(backwards.body()).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> wrongTypes = post("/api/v1/cohorts", "application/json",
                "{\"name\":\"Types\",\"startDate\":\"September\",\"endDate\":\"2031-06-30\",\"language\":\"fr\",\"capacity\":\"ten\"}");
        assertEquals(400, wrongTypes.statusCode());
        List<String> fields = object(wrongTypes.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertEquals(List.of("startDate", "language", "capacity"), fields);

        assertEquals(400, post("/api/v1/cohorts", "application/json", "not json").statusCode());
    }

    @Test
    void importsARosterAllOrNothingAndListsEveryBadLine() {
        HttpResponse<String> created = post("/api/v1/cohorts", "application/json", "{\"name\":\"API roster\","
                + "\"startDate\":\"2030-09-01\",\"endDate\":\"2031-06-30\",\"language\":\"bilingual\",\"capacity\":5}");
        int id = object(created.body()).getInt("id");
        String path = "/api/v1/cohorts/" + id + "/roster";

        HttpResponse<String> refused = post(path, "text/csv", HEADER
                + "api.one@example.org,Api,One,en,ASIAN,ENGLISH_ONLY,Alameda,\n"
                + "api.two@example.org,Api,,en,,,,\n"
                + "api.three@example.org,Api,Three,en,,,Narnia,\n");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonArray errors = object(refused.body()).getJsonArray("errors");
        assertEquals(List.of(3, 4), errors.getValuesAs(JsonObject.class).stream().map(e -> e.getInt("line")).toList());
        assertEquals("\"Narnia\" is not a California county name or FIPS code.",
                errors.getJsonObject(1).getString("message"));
        assertEquals(0, cohort(id).getInt("activeEnrollments"), "nothing was imported");

        HttpResponse<String> imported = post(path, "text/csv", HEADER
                + "api.one@example.org,Api,One,en,ASIAN,ENGLISH_ONLY,Alameda,\n"
                + "api.two@example.org,Api,Two,es,DECLINED,DECLINED,06037,\"Agency, Inc.\"\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, object(imported.body()).getInt("imported"));
        assertEquals(2, cohort(id).getInt("activeEnrollments"));

        HttpResponse<String> again = post(path, "text/csv", HEADER + "api.one@example.org,Api,One,en,,,,\n");
        assertEquals(422, again.statusCode());
        assertEquals("This person already has an active enrollment in this cohort.",
                object(again.body()).getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    /** The same 2,000 lines as the persistence benchmark, here with the container's audit trail; prints the time. */
    @Test
    void aTwoThousandLineRosterImportsThroughTheApi() {
        HttpResponse<String> created = post("/api/v1/cohorts", "application/json", "{\"name\":\"API two thousand\","
                + "\"startDate\":\"2030-09-01\",\"endDate\":\"2031-06-30\",\"language\":\"en\",\"capacity\":2000}");
        int id = object(created.body()).getInt("id");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            csv.append("bulk").append(i).append("@api.example.org,Bulk,Person").append(i).append(",en,ASIAN,ENGLISH_ONLY,")
                    .append(i % 2 == 0 ? "Alameda" : "06037").append(",Agency\n");
        }
        long start = System.nanoTime();
        HttpResponse<String> imported = post("/api/v1/cohorts/" + id + "/roster", "text/csv", csv.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2000, object(imported.body()).getInt("imported"));
        System.out.printf("BENCHMARK roster import through the API (deployed, audited): 2000 people in %d ms%n", millis);
    }

    @Test
    void anUnknownCohortIsNotFoundAndOtherRolesAreRefused() {
        HttpResponse<String> unknown = post("/api/v1/cohorts/999999/roster", "text/csv", HEADER);
        assertEquals(404, unknown.statusCode());
        assertEquals("no such cohort", object(unknown.body()).getString("detail"));

        HttpResponse<String> trainee = WebSession.api("POST", "/api/v1/cohorts", DemoPerson.TRAINEE.email(),
                DemoData.PASSWORD, "application/json", "{\"name\":\"Sneaky\"}");
        assertEquals(403, trainee.statusCode());
        assertEquals("forbidden", object(trainee.body()).getString("detail"));
        assertEquals(403, WebSession.api("GET", "/api/v1/cohorts", DemoPerson.FACULTY.email(), DemoData.PASSWORD).statusCode());
        assertEquals(403, WebSession.api("POST", "/api/v1/cohorts/1/roster", DemoPerson.FACULTY.email(), DemoData.PASSWORD,
                "text/csv", HEADER).statusCode());
    }

    private static HttpResponse<String> post(String path, String type, String body) {
        return WebSession.api("POST", path, ADMIN, DemoData.PASSWORD, type, body);
    }

    private static JsonObject cohort(int id) {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/cohorts/" + id, ADMIN, DemoData.PASSWORD);
        assertEquals(200, response.statusCode());
        return object(response.body());
    }

    private static JsonObject object(String body) {
        JsonValue value = Json.createReader(new StringReader(body)).readValue();
        return value.asJsonObject();
    }
}
