package org.iecmhc.lms.platform.text;

import java.io.StringReader;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

/**
 * JSON-P builders, readers and values from one provider found once. The static methods of {@code jakarta.json.Json}
 * look the provider up through the service loader at every call: on the impact dashboard, whose charts are built
 * as JSON at every request, that look-up was 8% of the request's CPU (docs/performance.md).
 */
public final class JsonText {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonText() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonString value(String text) {
        return PROVIDER.createValue(text);
    }

    public static JsonReader reader(String json) {
        return PROVIDER.createReader(new StringReader(json));
    }

    public static JsonParser parser(String json) {
        return PROVIDER.createParser(new StringReader(json));
    }
}
