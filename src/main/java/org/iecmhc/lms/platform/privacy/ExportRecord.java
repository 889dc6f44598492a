package org.iecmhc.lms.platform.privacy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.iecmhc.lms.platform.text.JsonText;

/** One record of an export as a JSON object; an absent value becomes JSON null rather than a missing key. */
public final class ExportRecord {

    private final JsonObjectBuilder builder = JsonText.object();

    public static ExportRecord record() {
        return new ExportRecord();
    }

    /** Each item as one JSON value, in order. */
    public static <T> JsonArray list(Collection<T> items, Function<T, ? extends JsonValue> toJson) {
        JsonArrayBuilder array = JsonText.array();
        items.forEach(item -> array.add(toJson.apply(item)));
        return array.build();
    }

    public ExportRecord with(String key, Object value) {
        if (value == null) {
            builder.addNull(key);
        } else if (value instanceof JsonValue json) {
            builder.add(key, json);
        } else if (value instanceof Boolean flag) {
            builder.add(key, flag);
        } else if (value instanceof BigDecimal decimal) {
            builder.add(key, decimal);
        } else if (value instanceof Long || value instanceof Integer) {
            builder.add(key, ((Number) value).longValue());
        } else if (value instanceof Collection<?> values) {
            builder.add(key, list(values, item -> JsonText.value(String.valueOf(item))));
        } else {
            builder.add(key, String.valueOf(value));
        }
        return this;
    }

    public JsonObject build() {
        return builder.build();
    }
}
