package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The helpline statistics and referral report as calls over the demo data, as JSON and CSV, with their refusals. */
@ExtendWith(RunningApplication.class)
class HelplineReportsApiIT {

    private static final String PERIOD = "from=2021-07-01&to=2026-12-31";

    @Test
    void statisticsCountTheDemoCallsInEveryTableAlike() {
        JsonObject all = ok(DemoPerson.HELPLINE, "/api/v1/reports/helpline?" + PERIOD);
        assertEquals("2021-07-01", all.getString("from"));
        assertEquals("2026-12-31", all.getString("to"));
        long calls = all.getJsonNumber("calls").longValue();
        assertTrue(calls > 0, "the demo calls");
        List<JsonObject> tables = all.getJsonArray("tables").getValuesAs(JsonObject.class);
        assertEquals(List.of("topic", "role", "county", "language", "hour"),
                tables.stream().map(t -> t.getString("table")).toList());
        for (String id : List.of("role", "language", "hour")) {
            assertEquals(calls, total(tables.stream().filter(t -> t.getString("table").equals(id)).findFirst().orElseThrow()),
                    "every call has one " + id);
        }
        JsonObject hours = tables.get(4);
        assertEquals(24, hours.getJsonArray("rows").size());
        assertEquals("00:00-00:59", hours.getJsonArray("rows").getJsonObject(0).getString("label"));

        JsonObject county = ok(DemoPerson.ADMIN, "/api/v1/reports/helpline?" + PERIOD + "&table=county&lang=es");
        assertEquals(calls, county.getJsonNumber("calls").longValue(), "the period's calls whichever table is asked for");
        assertEquals(1, county.getJsonArray("tables").size());
        assertEquals("Llamadas por condado", county.getJsonArray("tables").getJsonObject(0).getString("title"));

        String current = FiscalYear.current(Clock.systemUTC()).name();
        JsonObject byDefault = ok(DemoPerson.ADMIN, "/api/v1/reports/helpline");
        assertEquals(current.substring(0, 4) + "-07-01", byDefault.getString("from"), "the current fiscal year");
    }

    /** One call recorded through the API on a quiet day counts once in each table and once as a referral. */
    @Test
    void aCallRecordedThroughTheApiCountsInBothReports() throws SQLException {
        String day = "from=2022-01-12&to=2022-01-12";
        JsonObject before = ok(DemoPerson.ADMIN, "/api/v1/reports/helpline?" + day);
        JsonObject referralsBefore = ok(DemoPerson.ADMIN, "/api/v1/reports/referrals?year=2021-2022");
        String topic = Sql.rows(RunningApplication.dataSource(), "select id from helpline_topic where code = 'SLEEP'")
                .get(0).get(0);
        String warmline = Sql.rows(RunningApplication.dataSource(),
                "select id from referral_resource where name = 'Golden State Parent Warmline'").get(0).get(0);
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/helpline/calls", DemoPerson.HELPLINE.email(),
                DemoData.PASSWORD, "application/json", "{\"receivedAt\": \"2022-01-12T15:20\", \"durationMinutes\": 12,"
                        + " \"callerRole\": \"fcc_provider\", \"county\": \"Fresno\", \"language\": \"es\","
                        + " \"consultationRecommended\": false, \"followUpNeeded\": false, \"topicIds\": [" + topic
                        + "], \"referredIds\": [" + warmline + "]}");
        assertEquals(201, created.statusCode(), created.body());

        JsonObject after = ok(DemoPerson.ADMIN, "/api/v1/reports/helpline?" + day);
        assertEquals(before.getJsonNumber("calls").longValue() + 1, after.getJsonNumber("calls").longValue());
        assertEquals(calls(before, "topic", "Sleep") + 1, calls(after, "topic", "Sleep"));
        assertEquals(calls(before, "county", "Fresno") + 1, calls(after, "county", "Fresno"));
        assertEquals(calls(before, "language", "Spanish") + 1, calls(after, "language", "Spanish"));
        assertEquals(calls(before, "hour", "15:00-15:59") + 1, calls(after, "hour", "15:00-15:59"), "California time");

        JsonObject referralsAfter = ok(DemoPerson.ADMIN, "/api/v1/reports/referrals?year=2021-2022");
        assertEquals(referralsBefore.getJsonNumber("referrals").longValue() + 1,
                referralsAfter.getJsonNumber("referrals").longValue());
        assertEquals(referrals(referralsBefore, "byResource", "resource", "Golden State Parent Warmline") + 1,
                referrals(referralsAfter, "byResource", "resource", "Golden State Parent Warmline"));
        assertEquals(referrals(referralsBefore, "byTopic", "topic", "Sleep") + 1,
                referrals(referralsAfter, "byTopic", "topic", "Sleep"));
        assertEquals("family_support", referralsAfter.getJsonArray("byResource").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("resource").equals("Golden State Parent Warmline")).findFirst().orElseThrow()
                .getString("kind"));
    }

    @Test
    void statisticsCsvIsThePagesDownload() {
        HttpResponse<String> csv = csv("/api/v1/reports/helpline?" + PERIOD + "&format=csv&table=role");
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFCaller,Calls", lines.get(0));
        assertEquals(CallerRole.values().length + 1, lines.size(), csv.body());
        HttpResponse<String> all = csv("/api/v1/reports/helpline?" + PERIOD + "&format=csv&lang=es");
        assertTrue(all.body().contains("Llamadas por hora del día"), all.body());
    }

    @Test
    void aBadPeriodTableOrFormatIsRefusedNamingTheField() {
        refused("/api/v1/reports/helpline?from=2026-02-30&to=2026-03-31",
                "from: Enter a real date such as 2026-09-01.");
        refused("/api/v1/reports/helpline?from=2026-03-02&to=2026-03-01",
                "to: The last day must not come before the first.");
        refused("/api/v1/reports/helpline?from=2010-01-01&to=2026-01-01",
                "to: Choose a period of at most ten years.");
        refused("/api/v1/reports/helpline?table=weather",
                "table: Choose all, topic, role, county, language or hour.");
        refused("/api/v1/reports/helpline?format=xml", "format: json or csv");
        refused("/api/v1/reports/referrals?year=2021-2023",
                "year: Choose a fiscal year such as 2023-2024 (July 1 to June 30).");
        refused("/api/v1/reports/referrals?year=2011-2012",
                "year: Reports cover the fiscal years from 2021-2022 through next year; choose one of those.");
        refused("/api/v1/reports/referrals?format=csv", "table: choose resource or topic for a CSV");
    }

    @Test
    void referralsOfAYearAsJsonAndAsThePagesCsv() {
        String year = FiscalYear.of(LocalDate.now(Clock.systemUTC())).name();
        JsonObject report = ok(DemoPerson.HELPLINE, "/api/v1/reports/referrals?year=" + year);
        assertEquals(year, report.getString("year"));
        List<JsonObject> byResource = report.getJsonArray("byResource").getValuesAs(JsonObject.class);
        assertEquals(report.getJsonNumber("referrals").longValue(),
                byResource.stream().mapToLong(r -> r.getJsonNumber("referrals").longValue()).sum());
        assertTrue(report.containsKey("byTopic"));

        HttpResponse<String> resources = csv("/api/v1/reports/referrals?year=" + year + "&format=csv&table=resource");
        assertEquals("\uFEFFName,Kind,Referrals", resources.body().lines().findFirst().orElseThrow());
        assertEquals(byResource.size() + 1, resources.body().lines().count(), resources.body());
        HttpResponse<String> topics = csv("/api/v1/reports/referrals?year=" + year + "&format=csv&table=topic&lang=es");
        assertEquals(report.getJsonArray("byTopic").size() + 1, topics.body().lines().count(), topics.body());
    }

    @Test
    void onlyThePagesRolesAndAReportsTokenReachThem() {
        assertEquals(403, WebSession.api("GET", "/api/v1/reports/helpline", DemoPerson.FACULTY.email(), DemoData.PASSWORD)
                .statusCode());
        assertEquals(403, WebSession.api("GET", "/api/v1/reports/referrals", DemoPerson.CONSULTANT.email(),
                DemoData.PASSWORD).statusCode());
        String services = token("services:read");
        assertEquals(403, bearer("/api/v1/reports/helpline", services).statusCode());
        assertEquals(403, bearer("/api/v1/reports/referrals", services).statusCode());
        assertEquals(200, bearer("/api/v1/reports/referrals", token("reports:read")).statusCode());
    }

    private static String token(String scope) {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/tokens", DemoPerson.HELPLINE.email(),
                DemoData.PASSWORD, "application/json", "{\"name\": \"reports " + scope + "\", \"scopes\": [\"" + scope
                        + "\"], \"expiresOn\": \"" + LocalDate.now().plusMonths(1) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getString("token");
    }

    private static HttpResponse<String> bearer(String path, String token) {
        return WebSession.anonymous().callApi("GET", path, null, null, null, null, Map.of("Authorization", "Bearer " + token));
    }

    private static long calls(JsonObject statistics, String table, String label) {
        return statistics.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("table").equals(table)).flatMap(t -> t.getJsonArray("rows")
                        .getValuesAs(JsonObject.class).stream()).filter(row -> row.getString("label").equals(label))
                .mapToLong(row -> row.getJsonNumber("calls").longValue()).sum();
    }

    private static long referrals(JsonObject report, String table, String name, String value) {
        return report.getJsonArray(table).getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString(name).equals(value))
                .mapToLong(row -> row.getJsonNumber("referrals").longValue()).sum();
    }

    private static long total(JsonObject table) {
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .mapToLong(row -> row.getJsonNumber("calls").longValue()).sum();
    }

    private static HttpResponse<String> csv(String path) {
        HttpResponse<String> response = WebSession.api("GET", path, DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/csv", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return response;
    }

    private static JsonObject ok(DemoPerson person, String path) {
        HttpResponse<String> response = WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static void refused(String path, String detail) {
        HttpResponse<String> response = WebSession.api("GET", path, DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(detail, json(response.body()).getString("detail"));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
