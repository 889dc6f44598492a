package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client example of docs/examples runs as an agency's developer would run it, with python3 and an access token,
 * against the shared instance: the documented script and sample roster must keep working as the API changes.
 */
@ExtendWith(RunningApplication.class)
class RosterClientExampleIT {

    private static final Path SCRIPT = Path.of("docs", "examples", "roster-client.py");
    private static final Path ROSTER = Path.of("docs", "examples", "roster.csv");
    private static final String ADMIN = DemoPerson.ADMIN.email();
    private static final List<String> PEOPLE = List.of("ana.ruiz@familiasunidas.example.org",
            "linh.tran@sacramentoece.example.org", "marcus.bell@eastbaylearning.example.org");

    @Test
    void importsTheSampleRosterFollowsItsInvitationsAndReadsTheCompletion() throws Exception {
        int cohort = newCohort();
        String token = token().getString("token");

        // The shared instance has no mail relay, so the invitations stay queued and the script stops waiting.
        Run run = run(token, String.valueOf(cohort), ROSTER.toString(), "--wait", "1");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("3 people imported"), run.toString());
        assertTrue(run.out().contains("Invitations: 3 sent; mails: 3 queued"), run.toString());
        assertTrue(run.out().contains("Completion of 3 enrollments"), run.toString());
        assertTrue(run.out().contains("Ana Ruiz: "), run.toString());

        assertEquals(3, object(api("GET", "/api/v1/cohorts/" + cohort).body()).getInt("activeEnrollments"));
        JsonArray completion = array(api("GET", "/api/v1/cohorts/" + cohort + "/completion").body());
        assertEquals(List.of("Ana Ruiz", "Linh Tran", "Marcus Bell"), completion.getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("traineeName")).sorted().toList());

        Sql.execute(RunningApplication.dataSource(), "update outbox_mail set state = 'SENT' where recipient = '"
                + PEOPLE.get(0) + "'");
        JsonArray invitations = array(api("GET", "/api/v1/cohorts/" + cohort + "/invitations").body());
        assertEquals(PEOPLE, invitations.getValuesAs(JsonObject.class).stream().map(i -> i.getString("email")).toList());
        assertEquals(List.of("sent", "queued", "queued"), invitations.getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("mail")).toList());
        assertEquals(403, WebSession.api("GET", "/api/v1/cohorts/" + cohort + "/invitations",
                DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD).statusCode());
        assertEquals(404, api("GET", "/api/v1/cohorts/999999/invitations").statusCode());
    }

    @Test
    void aRevokedTokenEndsTheScriptWithTheApisErrorAndNothingImported() throws Exception {
        int cohort = newCohort();
        JsonObject token = token();
        assertEquals(204, api("DELETE", "/api/v1/tokens/" + token.getInt("id")).statusCode());

        Run run = run(token.getString("token"), String.valueOf(cohort), ROSTER.toString(), "--wait", "1");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("HTTP 401"), run.toString());
        assertTrue(run.err().toLowerCase(Locale.ROOT).contains("unauthorized"), run.toString());
        assertEquals(0, object(api("GET", "/api/v1/cohorts/" + cohort).body()).getInt("activeEnrollments"));
    }

    private static int newCohort() {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/cohorts", ADMIN, DemoData.PASSWORD,
                "application/json", "{\"name\":\"Roster client " + System.nanoTime() + "\",\"startDate\":\"2030-09-01\","
                        + "\"endDate\":\"2031-06-30\",\"language\":\"bilingual\",\"capacity\":10}");
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getInt("id");
    }

    /** A token of the demo administrator, answered once with its id and the token itself. */
    private static JsonObject token() {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/tokens", ADMIN, DemoData.PASSWORD,
                "application/json", "{\"name\": \"roster client\", \"scopes\": [\"program:write\"], \"expiresOn\": \""
                        + LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body());
    }

    private static Run run(String token, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("roster-client", ".out");
        Path err = Files.createTempFile("roster-client", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LMS_URL", RunningApplication.url());
        builder.environment().put("LMS_TOKEN", token);
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the script ends");
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static HttpResponse<String> api(String method, String path) {
        return WebSession.api(method, path, ADMIN, DemoData.PASSWORD);
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private record Run(int exit, String out, String err) {
    }
}
