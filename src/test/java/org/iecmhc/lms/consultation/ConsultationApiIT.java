package org.iecmhc.lms.consultation;

import static org.iecmhc.lms.testsupport.ApiCalls.call;
import static org.iecmhc.lms.testsupport.ApiCalls.csv;
import static org.iecmhc.lms.testsupport.ApiCalls.fields;
import static org.iecmhc.lms.testsupport.ApiCalls.object;
import static org.iecmhc.lms.testsupport.ApiCalls.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /api/v1/consultation/assignments: a consultant reads and logs only their own assignments, as on the pages. */
@ExtendWith(RunningApplication.class)
class ConsultationApiIT {

    private static final String LIST = "/api/v1/consultation/assignments";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Test
    void aConsultantListsOnlyTheirOwnAndAnothersIsNotFoundEvenByItsId() {
        List<JsonObject> rosas = rows(call("GET", LIST + "?size=500", DemoPerson.CONSULTANT, null));
        assertFalse(rosas.isEmpty());
        long rosa = rosas.get(0).getJsonNumber("consultantId").longValue();
        assertTrue(rosas.stream().allMatch(a -> a.getJsonNumber("consultantId").longValue() == rosa));
        assertTrue(rosas.stream().noneMatch(a -> a.containsKey("activities")), "the list leaves the logs out");

        HttpResponse<String> all = call("GET", LIST + "?size=500", DemoPerson.ADMIN, null);
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total > rosas.size());
        long davids = rows(all).stream().filter(a -> a.getJsonNumber("consultantId").longValue() != rosa)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> hidden = call("GET", LIST + "/" + davids, DemoPerson.CONSULTANT, null);
        assertEquals(404, hidden.statusCode());
        assertEquals("no such assignment", object(hidden.body()).getString("detail"));
        assertEquals(404, call("POST", LIST + "/" + davids + "/activities", DemoPerson.CONSULTANT,
                activity(TODAY, 30, "observation")).statusCode());
        assertEquals(200, call("GET", LIST + "/" + davids, DemoPerson.ADMIN, null).statusCode());

        List<JsonObject> closed = rows(call("GET", LIST + "?status=closed&size=500", DemoPerson.ADMIN, null));
        assertTrue(closed.stream().allMatch(a -> a.getString("status").equals("closed")));
        HttpResponse<String> paged = call("GET", LIST + "?size=1&page=1", DemoPerson.ADMIN, null);
        assertEquals(1, rows(paged).size());
        assertTrue(String.join(",", paged.headers().allValues("Link")).contains("rel=\"prev\""));
        assertEquals(400, call("GET", LIST + "?status=sleeping", DemoPerson.ADMIN, null).statusCode());
    }

    @Test
    void aConsultantLogsAnActivityWhoseNoteIsNeverAnsweredBack() {
        JsonObject active = rows(call("GET", LIST + "?status=active&size=500", DemoPerson.CONSULTANT, null)).stream()
                .filter(a -> !a.containsKey("endOn")).findFirst().orElseThrow();
        long id = active.getJsonNumber("id").longValue();
        HttpResponse<String> logged = call("POST", LIST + "/" + id + "/activities", DemoPerson.CONSULTANT,
                "{\"heldOn\": \"" + TODAY + "\", \"minutes\": 45, \"kind\": \"reflective_conversation\","
                        + " \"note\": \"api private note\"}");
        assertEquals(201, logged.statusCode(), logged.body());
        JsonObject activity = object(logged.body());
        assertTrue(activity.getBoolean("hasNote"));
        assertFalse(logged.body().contains("api private note"));

        HttpResponse<String> read = call("GET", LIST + "/" + id, DemoPerson.CONSULTANT, null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("ETag").isPresent());
        assertTrue(read.body().contains("\"id\":" + activity.getJsonNumber("id")), read.body());
        assertFalse(read.body().contains("api private note"));

        HttpResponse<String> malformed = call("POST", LIST + "/" + id + "/activities", DemoPerson.CONSULTANT,
                "{\"heldOn\": \"soon\", \"minutes\": 0, \"kind\": \"gossip\"}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(List.of("heldOn", "minutes", "kind"), fields(malformed));
        HttpResponse<String> future = call("POST", LIST + "/" + id + "/activities", DemoPerson.CONSULTANT,
                activity(TODAY.plusDays(2), 30, "training"));
        assertEquals(422, future.statusCode(), future.body());
        assertEquals(List.of("heldOn"), fields(future));
        HttpResponse<String> before = call("POST", LIST + "/" + id + "/activities", DemoPerson.CONSULTANT,
                activity(LocalDate.parse(active.getString("startOn")).minusDays(1), 30, "training"));
        assertEquals(422, before.statusCode(), before.body());
    }

    @Test
    void anAdministratorImportsPastAssignmentsAllOrNothingAfterADryRunOfTheSample() throws IOException {
        String sample = Files.readString(Path.of("docs/samples/consultation-assignments.csv"));
        HttpResponse<String> dryRun = csv(LIST + "/import?dryRun=true", DemoPerson.ADMIN, sample);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(4, object(dryRun.body()).getInt("wouldImport"));

        // A day of its own, so that the line is new to a database an earlier run left behind.
        LocalDate start = LocalDate.of(2005, 1, 3).plusDays(ThreadLocalRandom.current().nextInt(3650));
        String file = String.join(",", AssignmentHistoryReader.COLUMNS) + "\n"
                + "Casita de Colores,Los Angeles," + DemoPerson.CONSULTANT.email() + ",programmatic,virtual," + start
                + "," + start.plusDays(90) + ",closed,17,4,yes,,\n";
        HttpResponse<String> imported = csv(LIST + "/import", DemoPerson.ADMIN, file);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, object(imported.body()).getInt("imported"));
        assertTrue(rows(call("GET", LIST + "?status=closed&county=06037&size=500", DemoPerson.CONSULTANT, null)).stream()
                .anyMatch(a -> a.getString("startOn").equals(start.toString()) && a.getInt("childrenBenefiting") == 17
                        && a.getBoolean("surveyAnswered")), "Rosa consulted Casita then");

        HttpResponse<String> again = csv(LIST + "/import", DemoPerson.ADMIN, file + "Nowhere Daycare,Los Angeles,"
                + DemoPerson.CONSULTANT.email() + ",classroom,on_site,2022-01-03,,active,1,1,,,\n");
        assertEquals(422, again.statusCode(), again.body());
        assertEquals(List.of(2, 3), object(again.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("line")).toList(), again.body());
        assertEquals(403, csv(LIST + "/import?dryRun=true", DemoPerson.CONSULTANT, sample).statusCode(),
                "administrators only");
    }

    @Test
    void otherRolesAreRefused() {
        assertEquals(403, call("GET", LIST, DemoPerson.HELPLINE, null).statusCode());
        assertEquals(403, call("GET", LIST + "/1", DemoPerson.TRAINEE, null).statusCode());
        assertEquals(403, call("POST", LIST + "/1/activities", DemoPerson.FACULTY, activity(TODAY, 30, "training"))
                .statusCode());
    }

    private static String activity(LocalDate heldOn, int minutes, String kind) {
        return "{\"heldOn\": \"" + heldOn + "\", \"minutes\": " + minutes + ", \"kind\": \"" + kind + "\"}";
    }
}
