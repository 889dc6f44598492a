package org.iecmhc.lms.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;

/** JSON API calls as a demo person, and what the API tests read from the answers. */
public final class ApiCalls {

    private ApiCalls() {
    }

    public static HttpResponse<String> call(String method, String path, DemoPerson person, String body) {
        return call(method, path, person, body, Map.of());
    }

    public static HttpResponse<String> call(String method, String path, DemoPerson person, String body,
                                            Map<String, String> headers) {
        return WebSession.anonymous().callApi(method, path, person.email(), DemoData.PASSWORD,
                body == null ? null : "application/json", body, headers);
    }

    /** A CSV file posted to an import as a demo person. */
    public static HttpResponse<String> csv(String path, DemoPerson person, String body) {
        return WebSession.anonymous().callApi("POST", path, person.email(), DemoData.PASSWORD, "text/csv", body, Map.of());
    }

    /** The rows of a list answered 200. */
    public static List<JsonObject> rows(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    public static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    /** The fields a problem names, in order. */
    public static List<String> fields(HttpResponse<String> response) {
        return object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
