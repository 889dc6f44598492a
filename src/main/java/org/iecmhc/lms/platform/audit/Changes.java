package org.iecmhc.lms.platform.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * The changes of an audit entry as the JSON its {@code changes} column holds: {"c":[[field, old, new], ...], "more": n}.
 * Bounded to the column: a value longer than {@link #VALUE_LIMIT} characters is cut with a visible ellipsis, and the
 * changes that no longer fit are counted in "more" instead of being dropped silently.
 */
public final class Changes {

    /** The size of audit_entry.changes (V40). */
    static final int COLUMN_LIMIT = 4000;
    static final int VALUE_LIMIT = 200;
    /** Room kept for the "more" count and the closing brackets. */
    private static final int RESERVE = 40;

    private Changes() {
    }

    /** The JSON to store, or null when nothing is to be said. */
    static String encode(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        JsonArrayBuilder kept = JsonText.array();
        int length = 0;
        int count = 0;
        for (FieldChange change : changes) {
            JsonArray one = JsonText.array().add(change.field())
                    .add(value(change.oldValue())).add(value(change.newValue())).build();
            int size = one.toString().length() + 1;
            if (length + size > COLUMN_LIMIT - RESERVE) {
                break;
            }
            kept.add(one);
            length += size;
            count++;
        }
        return JsonText.object().add("c", kept).add("more", changes.size() - count).build().toString();
    }

    public static ChangeList decode(String json) {
        if (json == null || json.isBlank()) {
            return ChangeList.NONE;
        }
        JsonObject stored = JsonText.reader(json).readObject();
        List<FieldChange> changes = new ArrayList<>();
        for (JsonValue value : stored.getJsonArray("c")) {
            JsonArray one = value.asJsonArray();
            changes.add(new FieldChange(one.getString(0), text(one.get(1)), text(one.get(2))));
        }
        return new ChangeList(List.copyOf(changes), stored.getInt("more", 0));
    }

    private static JsonValue value(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        return JsonText.value(text.length() <= VALUE_LIMIT ? text : text.substring(0, VALUE_LIMIT) + "…");
    }

    private static String text(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) value).getString();
    }
}
