package org.iecmhc.lms.provider;

import static org.iecmhc.lms.testsupport.ApiCalls.call;
import static org.iecmhc.lms.testsupport.ApiCalls.fields;
import static org.iecmhc.lms.testsupport.ApiCalls.id;
import static org.iecmhc.lms.testsupport.ApiCalls.object;
import static org.iecmhc.lms.testsupport.ApiCalls.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /api/v1/providers: the registry read by whoever reads its page, kept by administrators and consultants. */
@ExtendWith(RunningApplication.class)
class ProviderApiIT {

    private static final String PROVIDERS = "/api/v1/providers";

    @Test
    void aConsultantAddsAProviderOnceForItsKeyAndChangesItUnderIfMatch() {
        String name = "Apiary " + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> created = call("POST", PROVIDERS, DemoPerson.CONSULTANT, provider(name, "Fresno", "Clovis"),
                Map.of("Idempotency-Key", key));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject provider = object(created.body());
        assertEquals("06019", provider.getString("county"));
        assertEquals(List.of("en", "es"), provider.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        HttpResponse<String> replayed = call("POST", PROVIDERS, DemoPerson.CONSULTANT, provider(name, "Fresno", "Clovis"),
                Map.of("Idempotency-Key", key));
        assertEquals(id(provider), id(object(replayed.body())));
        HttpResponse<String> found = call("GET", PROVIDERS + "?q=" + name.replace(' ', '+') + "&county=Fresno",
                DemoPerson.FACULTY, null);
        assertEquals(1, rows(found).size(), "created once");
        assertEquals("1", found.headers().firstValue("X-Total-Count").orElseThrow());

        String address = PROVIDERS + "/" + id(provider);
        String etag = call("GET", address, DemoPerson.ADMIN, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> changed = call("PUT", address, DemoPerson.CONSULTANT, provider(name, "06019", "Fresno"),
                Map.of("If-Match", etag));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Fresno", object(changed.body()).getString("city"));
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> stale = call("PUT", address, DemoPerson.CONSULTANT, provider(name, "06019", "Sanger"),
                Map.of("If-Match", etag));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(404, call("PUT", PROVIDERS + "/99999999", DemoPerson.ADMIN, provider(name, "06019", "X")).statusCode());
    }

    @Test
    void badProvidersAreRefusedWithTheirFields() {
        HttpResponse<String> malformed = call("POST", PROVIDERS, DemoPerson.ADMIN,
                "{\"name\": null, \"kind\": \"castle\", \"languages\": [\"en\", \"tlh\"]}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(List.of("name", "kind", "county", "languages"), fields(malformed));
        HttpResponse<String> longCity = call("POST", PROVIDERS, DemoPerson.ADMIN, provider("Long city", "Fresno", "x".repeat(101)));
        assertEquals(422, longCity.statusCode(), longCity.body());
        assertEquals(List.of("city"), fields(longCity));
        HttpResponse<String> narnia = call("POST", PROVIDERS, DemoPerson.ADMIN, provider("Narnian", "Narnia", null));
        assertEquals(422, narnia.statusCode(), narnia.body());
        assertEquals(List.of("county"), fields(narnia));
        assertEquals(400, call("GET", PROVIDERS + "?county=Narnia&kind=castle", DemoPerson.ADMIN, null).statusCode());
    }

    @Test
    void programsRegistrantsAddedAreListedApartAndConfirmedOrMergedIntoTheEntryTheyReallyAre() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long kept = unconfirmed("Registrant's " + tag + " kept");
        long merged = unconfirmed("Registrant's " + tag + " merged");
        HttpResponse<String> waiting = call("GET", PROVIDERS + "?unconfirmed=true&q=" + tag, DemoPerson.CONSULTANT, null);
        assertEquals(200, waiting.statusCode(), waiting.body());
        assertEquals(2, rows(waiting).size());
        assertFalse(rows(waiting).get(0).getBoolean("confirmed"));
        assertEquals(400, call("GET", PROVIDERS + "?unconfirmed=maybe", DemoPerson.CONSULTANT, null).statusCode());

        HttpResponse<String> confirmed = call("POST", PROVIDERS + "/" + kept + "/confirmation", DemoPerson.CONSULTANT, null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(object(confirmed.body()).getBoolean("confirmed"));
        HttpResponse<String> intoItself = call("POST", PROVIDERS + "/" + kept + "/merge", DemoPerson.ADMIN, into(merged));
        assertEquals(422, intoItself.statusCode(), "a confirmed entry is not merged: " + intoItself.body());
        assertEquals(422, call("POST", PROVIDERS + "/" + merged + "/merge", DemoPerson.ADMIN, into(merged)).statusCode());
        assertEquals(List.of("into"), fields(call("POST", PROVIDERS + "/" + merged + "/merge", DemoPerson.ADMIN, "{}")));
        assertEquals(404, call("POST", PROVIDERS + "/" + merged + "/merge", DemoPerson.ADMIN, into(99_999_999)).statusCode());
        assertEquals(404, call("POST", PROVIDERS + "/99999999/confirmation", DemoPerson.ADMIN, null).statusCode());
        assertEquals(403, call("POST", PROVIDERS + "/" + merged + "/merge", DemoPerson.FACULTY, into(kept)).statusCode());

        HttpResponse<String> merging = call("POST", PROVIDERS + "/" + merged + "/merge", DemoPerson.ADMIN, into(kept));
        assertEquals(200, merging.statusCode(), merging.body());
        assertEquals(kept, id(object(merging.body())), "the answer is the kept entry");
        assertEquals(404, call("GET", PROVIDERS + "/" + merged, DemoPerson.ADMIN, null).statusCode());
        assertEquals(0, rows(call("GET", PROVIDERS + "?unconfirmed=true&q=" + tag, DemoPerson.ADMIN, null)).size());
    }

    @Test
    void facultyReadTheRegistryButOnlyAdministratorsAndConsultantsKeepIt() {
        assertEquals(200, call("GET", PROVIDERS, DemoPerson.FACULTY, null).statusCode());
        assertEquals(403, call("POST", PROVIDERS, DemoPerson.FACULTY, provider("Faculty's", "Fresno", null)).statusCode());
        assertEquals(403, call("GET", PROVIDERS, DemoPerson.HELPLINE, null).statusCode());
        assertEquals(403, call("GET", PROVIDERS + "/1", DemoPerson.TRAINEE, null).statusCode());
    }

    /** A program as a registrant's confirmed registration enters it (the public pages and mails are tested elsewhere). */
    private static long unconfirmed(String name) throws SQLException {
        return Sql.insert(RunningApplication.dataSource(), "insert into provider (name, kind, county_fips, confirmed)"
                + " values (?, 'CENTER_BASED', '06019', false)", name);
    }

    private static String into(long id) {
        return "{\"into\": " + id + "}";
    }

    private static String provider(String name, String county, String city) {
        return "{\"name\": \"" + name + "\", \"kind\": \"family_child_care_home\", \"county\": \"" + county + "\","
                + (city == null ? "" : " \"city\": \"" + city + "\",") + " \"languages\": [\"es\", \"EN\"]}";
    }
}
