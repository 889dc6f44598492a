package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The impact and demographics API over the demo data, with its refusals. */
@ExtendWith(RunningApplication.class)
class ReportsApiIT {

    private static final Set<String> FIELDS = Set.of("helplineCalls", "helplineUniqueInquiries", "helplineMinDurationMinutes",
            "helplineMaxDurationMinutes", "helplineConsultationRecommendedPercent", "consultationAssignments",
            "childrenBenefiting", "staffInfluenced", "consultationWorthwhilePercent", "consultationAnswers",
            "supportSeriesOffered", "supportSeriesUniqueParticipants", "supportSeriesCounties",
            "supportSeriesHighlyValuablePercent", "supportSeriesAnswers", "openDoorUniqueProviders", "openDoorCounties",
            "openDoorWorthwhilePercent", "openDoorAnswers", "ctpParticipants", "ctpCompleted",
            "providerPracticeSeriesOffered", "providerPracticeUniqueParticipants", "providerPracticeCounties",
            "providerPracticeHighlyValuablePercent", "providerPracticeAnswers", "webinars", "webinarRegistrants",
            "webinarAttendees", "webinarWorthwhilePercent", "webinarAnswers");

    @Test
    void impactHasExactlyTheDocumentedFieldsAndDefaultsToEveryYearSince2021() {
        String current = FiscalYear.current(Clock.systemUTC()).name();
        JsonObject all = ok("/api/v1/reports/impact");
        assertEquals(FIELDS, all.keySet());
        assertEquals(all, ok("/api/v1/reports/impact?from=2021-2022&to=" + current), "the default range");
        assertTrue(all.getInt("helplineCalls") > 0, "the demo year of helpline calls");
        assertTrue(all.getInt("helplineUniqueInquiries") <= all.getInt("helplineCalls"));
        assertTrue(all.getInt("helplineMinDurationMinutes") <= all.getInt("helplineMaxDurationMinutes"));
        assertEquals(Set.of("en", "es", "other"), all.getJsonObject("supportSeriesOffered").keySet());
        assertTrue(all.getJsonObject("supportSeriesOffered").getInt("es") > 0, "the demo Spanish series");
        assertTrue(all.getInt("ctpParticipants") > 0);
        assertTrue(all.getInt("webinars") > 0, "the demo webinar held last month");
        assertTrue(all.getInt("webinarAttendees") <= all.getInt("webinarRegistrants"), all.toString());
        assertTrue(all.getInt("webinarAnswers") <= all.getInt("webinarAttendees"), all.toString());
        double percent = all.getJsonNumber("helplineConsultationRecommendedPercent").doubleValue();
        assertEquals(Math.round(percent * 10) / 10.0, percent, "one decimal");
    }

    /** Prints the time of the whole call as a client sees it, password check (PBKDF2) included. */
    @Test
    void theDashboardFiguresOfTheDemoDataAnswerQuickly() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            ok("/api/v1/reports/impact");
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("GET /api/v1/reports/impact over the demo data, best of 5: %d ms%n", best / 1_000_000);
        assertTrue(best < 5_000_000_000L, "well under the API client's patience even on a busy machine");
    }

    @Test
    void aRangeWithoutRecordsAnswersZeroesAndNullPercents() {
        // Next year: nothing has happened in it yet (the years before the Network's records are refused).
        String next = FiscalYear.current(Clock.systemUTC()).next().name();
        JsonObject empty = ok("/api/v1/reports/impact?from=" + next + "&to=" + next);
        assertEquals(FIELDS, empty.keySet(), "null figures are written, not left out");
        assertEquals(0, empty.getInt("helplineCalls"));
        assertEquals(JsonValue.NULL, empty.get("helplineMinDurationMinutes"));
        assertEquals(JsonValue.NULL, empty.get("openDoorWorthwhilePercent"));
        assertEquals(0, empty.getJsonObject("supportSeriesOffered").getInt("en"));
    }

    @Test
    void aWrongRangeIsRefusedWithAClearMessage() {
        assertRefused("/api/v1/reports/impact?from=2021-2023&to=2023-2024", 400,
                "from: Choose a fiscal year such as 2023-2024 (July 1 to June 30).");
        assertRefused("/api/v1/reports/impact?from=2021-2022&to=abc", 400,
                "to: Choose a fiscal year such as 2023-2024 (July 1 to June 30).");
        assertRefused("/api/v1/reports/impact?from=2024-2025&to=2022-2023", 400,
                "from: The first fiscal year must not come after the last one.");
    }

    @Test
    void yearsThatCannotHoldRecordsAreRefusedBeforeAnyQuery() {
        String outOfRange = "Reports cover the fiscal years from 2021-2022 through next year; choose one of those.";
        assertRefused("/api/v1/reports/impact?from=0000-0001&to=9998-9999", 400, "from: " + outOfRange);
        assertRefused("/api/v1/reports/impact?from=2011-2012&to=2012-2013", 400, "from: " + outOfRange);
        String afterNext = FiscalYear.current(Clock.systemUTC()).next().next().name();
        assertRefused("/api/v1/reports/impact?from=2021-2022&to=" + afterNext, 400, "to: " + outOfRange);
    }

    @Test
    void demographicsOfAllCohortsAndOfOneUseTheDemographicCodes() {
        JsonObject all = ok("/api/v1/reports/demographics");
        assertEquals(Set.of("raceEthnicity", "language"), all.keySet());
        assertEquals(Set.of("NATIVE_AMERICAN_ALASKAN", "AFRICAN_AMERICAN", "ASIAN", "HISPANIC_LATINO", "MIXED_HERITAGE",
                "PACIFIC_ISLANDER", "CAUCASIAN", "OTHER", "DECLINED", "NOT_ANSWERED"), all.getJsonObject("raceEthnicity").keySet());
        assertEquals(Set.of("ENGLISH_ONLY", "BILINGUAL_SPANISH", "MULTILINGUAL_OTHER", "DECLINED", "NOT_ANSWERED"),
                all.getJsonObject("language").keySet());
        int trainees = sum(all.getJsonObject("raceEthnicity"));
        assertTrue(trainees > 0);
        assertEquals(trainees, sum(all.getJsonObject("language")), "both tables count the same trainees");

        JsonObject cohorts = Json.createReader(new StringReader(WebSession.api("GET", "/api/v1/cohorts",
                DemoPerson.ADMIN.email(), DemoData.PASSWORD).body())).readArray().getJsonObject(0);
        JsonObject one = ok("/api/v1/reports/demographics?cohort=" + cohorts.getInt("id"));
        assertTrue(sum(one.getJsonObject("raceEthnicity")) <= trainees);
    }

    @Test
    void demographicsOfACohortThatDoesNotExistAreRefused() {
        assertRefused("/api/v1/reports/demographics?cohort=999999", 404, "cohort: There is no such cohort.");
        assertRefused("/api/v1/reports/demographics?cohort=abc", 400, "cohort: A cohort is chosen by its number.");
    }

    @Test
    void everyReportIsAlsoThePagesCsvWithFormatCsv() {
        HttpResponse<String> impact = csv("/api/v1/reports/impact?from=2021-2022&to=2022-2023&format=csv");
        assertTrue(impact.body().lines().findFirst().orElseThrow().contains("2021-2022"), impact.body());
        assertEquals(ImpactFigure.values().length + 1, impact.body().lines().count(), "a header line and one line per figure");
        assertTrue(csv("/api/v1/reports/impact?format=csv&lang=es").body().contains("Llamadas"), "Spanish headers");

        HttpResponse<String> reach = csv("/api/v1/reports/reach?format=csv");
        assertEquals(59, reach.body().lines().count(), "a header line and California's 58 counties");
        HttpResponse<String> race = csv("/api/v1/reports/demographics?format=csv&table=race");
        assertTrue(race.body().lines().count() > 2, race.body());
        assertTrue(csv("/api/v1/reports/demographics?format=csv&table=language").body().lines().count() > 2);
        assertRefused("/api/v1/reports/demographics?format=csv", 400, "table: choose race or language for a CSV");
        assertRefused("/api/v1/reports/impact?format=xml", 400, "format: json or csv");

        HttpResponse<String> completion = csv("/api/v1/reports/completion?format=csv");
        assertTrue(completion.body().contains(DemoYears.now().pastName()), completion.body());
    }

    @Test
    void reachHasEveryCountyAndCompletionEveryCohortAsJson() {
        HttpResponse<String> reach = WebSession.api("GET", "/api/v1/reports/reach", DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(200, reach.statusCode(), reach.body());
        List<JsonObject> counties = Json.createReader(new StringReader(reach.body())).readArray().getValuesAs(JsonObject.class);
        assertEquals(58, counties.size());
        assertTrue(counties.stream().mapToLong(c -> c.getJsonNumber("total").longValue()).sum() > 0, "the demo records");
        JsonObject first = counties.get(0);
        assertEquals(first.getJsonNumber("total").longValue(), first.getJsonNumber("helplineCalls").longValue()
                + first.getJsonNumber("openDoorProviders").longValue() + first.getJsonNumber("supportParticipants").longValue()
                + first.getJsonNumber("providerPracticeParticipants").longValue() + first.getJsonNumber("webinarAttendees").longValue()
                + first.getJsonNumber("consultationAssignments").longValue());

        HttpResponse<String> completion = WebSession.api("GET", "/api/v1/reports/completion", DemoPerson.ADMIN.email(),
                DemoData.PASSWORD);
        assertEquals(200, completion.statusCode(), completion.body());
        JsonObject past = Json.createReader(new StringReader(completion.body())).readArray().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("cohort").equals(DemoYears.now().pastName())).findFirst().orElseThrow();
        assertEquals(5, past.getInt("completed"));
        assertTrue(past.getJsonNumber("medianPracticumHours").doubleValue() > 0, past.toString());
        assertEquals(403, WebSession.api("GET", "/api/v1/reports/completion", DemoPerson.FACULTY.email(), DemoData.PASSWORD)
                .statusCode());
    }

    private static HttpResponse<String> csv(String path) {
        HttpResponse<String> response = WebSession.api("GET", path, DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/csv", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return response;
    }

    private static int sum(JsonObject counts) {
        return counts.values().stream().mapToInt(v -> ((JsonNumber) v).intValue()).sum();
    }

    private static JsonObject ok(String path) {
        HttpResponse<String> response = WebSession.api("GET", path, DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertRefused(String path, int status, String message) {
        HttpResponse<String> response = WebSession.api("GET", path, DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, Json.createReader(new StringReader(response.body())).readObject().getString("detail"));
        assertTrue(List.of("application/problem+json").contains(response.headers().firstValue("Content-Type").orElse("").split(";")[0]));
    }
}
