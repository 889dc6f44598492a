package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.EnrollmentsApiIT.admin;
import static org.iecmhc.lms.cohort.EnrollmentsApiIT.fields;
import static org.iecmhc.lms.cohort.EnrollmentsApiIT.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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

/**
 * Profiles and demographics through the JSON API, validated like the profile page: an administrator anyone's, a
 * trainee their own; nobody else reads one person's answers.
 */
@ExtendWith(RunningApplication.class)
class TraineeProfilesApiIT {

    @Test
    void anAdministratorAnswersAPersonsProfileWithIfMatchAndTheSameOptionsAsThePage() {
        String email = "api30.profile." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long account = object(admin("POST", "/api/v1/accounts", "{\"email\":\"" + email + "\",\"firstName\":\"Pia\","
                + "\"lastName\":\"Api\",\"language\":\"en\",\"roles\":[\"TRAINEE\"]}", Map.of()), 201)
                .getJsonNumber("id").longValue();
        String path = "/api/v1/profiles/" + account;
        HttpResponse<String> empty = admin("GET", path, null, Map.of());
        assertFalse(object(empty, 200).containsKey("raceEthnicity"), "not answered yet: left out");
        assertEquals("\"0\"", empty.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> answered = admin("PUT", path, "{\"raceEthnicity\":\"ASIAN\",\"language\":"
                + "\"BILINGUAL_SPANISH\",\"county\":\"Alameda\",\"agency\":\"Familias Unidas\",\"discipline\":null}",
                Map.of("If-Match", "\"0\""));
        JsonObject profile = object(answered, 200);
        assertEquals("ASIAN", profile.getString("raceEthnicity"));
        assertEquals("Alameda", profile.getString("county"));
        assertEquals("06001", profile.getString("countyFips"));
        assertFalse(profile.containsKey("discipline"));
        String tag = answered.headers().firstValue("ETag").orElseThrow();
        assertEquals(tag, admin("GET", path, null, Map.of()).headers().firstValue("ETag").orElseThrow());

        assertEquals("urn:iecmhc:problem:stale-version", object(admin("PUT", path, "{\"raceEthnicity\":\"DECLINED\"}",
                Map.of("If-Match", "\"0\"")), 412).getString("type"));
        assertEquals(List.of("raceEthnicity", "county"), fields(object(admin("PUT", path,
                "{\"raceEthnicity\":\"MARTIAN\",\"county\":5}", Map.of()), 400)));
        JsonObject narnia = object(admin("PUT", path, "{\"county\":\"Narnia\"}", Map.of()), 422);
        assertEquals(List.of("county"), fields(narnia));
        assertEquals(List.of("agency"), fields(object(admin("PUT", path, "{\"agency\":\"" + "a".repeat(201) + "\"}",
                Map.of()), 422)), "too long is refused, never cut");
        assertEquals("ASIAN", object(admin("GET", path, null, Map.of()), 200).getString("raceEthnicity"),
                "the refused changes did nothing");
        object(admin("GET", "/api/v1/profiles/99999999", null, Map.of()), 404);
    }

    @Test
    void aTraineeAnswersTheirOwnProfileOnlyAndFacultyReadsNone() {
        String trainee = DemoPerson.TRAINEE_EN.email();
        HttpResponse<String> own = WebSession.api("GET", "/api/v1/profiles/me", trainee, DemoData.PASSWORD);
        JsonObject profile = object(own, 200);
        String tag = own.headers().firstValue("ETag").orElseThrow();
        String same = "{\"raceEthnicity\":" + quoted(profile, "raceEthnicity") + ",\"language\":"
                + quoted(profile, "language") + ",\"county\":" + quoted(profile, "countyFips") + ",\"agency\":"
                + quoted(profile, "agency") + ",\"discipline\":" + quoted(profile, "discipline") + "}";
        HttpResponse<String> saved = WebSession.anonymous().callApi("PUT", "/api/v1/profiles/me", trainee,
                DemoData.PASSWORD, "application/json", same, Map.of("If-Match", tag));
        assertEquals(profile, object(saved, 200), "saved as it was");
        assertEquals(412, WebSession.anonymous().callApi("PUT", "/api/v1/profiles/me", trainee, DemoData.PASSWORD,
                "application/json", same, Map.of("If-Match", "\"999\"")).statusCode());

        long other = object(WebSession.api("GET", "/api/v1/profiles/me", DemoPerson.TRAINEE.email(), DemoData.PASSWORD),
                200).getJsonNumber("accountId").longValue();
        for (DemoPerson person : List.of(DemoPerson.TRAINEE_EN, DemoPerson.FACULTY, DemoPerson.CONSULTANT)) {
            assertEquals(403, WebSession.api("GET", "/api/v1/profiles/" + other, person.email(), DemoData.PASSWORD)
                    .statusCode(), person.name());
        }
        assertEquals(403, WebSession.api("GET", "/api/v1/profiles/me", DemoPerson.FACULTY.email(), DemoData.PASSWORD)
                .statusCode());
    }

    private static String quoted(JsonObject profile, String field) {
        return !profile.containsKey(field) ? "null" : "\"" + profile.getString(field) + "\"";
    }
}
