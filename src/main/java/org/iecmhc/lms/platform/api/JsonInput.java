package org.iecmhc.lms.platform.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * Reads the JSON bodies of the API so that no body can hurt the server: nesting is limited before the tree is built
 * (the tree reader recurses once per level, and a body of a hundred thousand '[' overflowed the stack: a 500 with
 * a thousand log lines), and numbers are taken only when they fit exactly (4294967326 read as an int is 30).
 */
public final class JsonInput {

    /** Far deeper than any body of this API, far shallower than what could exhaust a thread's stack. */
    public static final int MAX_DEPTH = 20;

    private JsonInput() {
    }

    /** A body the API cannot read; {@link ApiExceptionMapper} answers it with 400 and the reason. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** The body as one JSON object; throws {@link Refused} saying what is wrong with it. */
    public static JsonObject object(String body) {
        String text = body == null ? "" : body;
        try {
            checkDepth(text);
            try (JsonReader reader = JsonText.reader(text)) {
                return reader.readObject();
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException malformed) {
            throw refused("the body is not a JSON object");
        }
    }

    /** A whole number from min to max, or empty when the value is anything else (a fraction, a string, too large). */
    public static Optional<Integer> wholeNumber(JsonValue value, int min, int max) {
        if (!(value instanceof JsonNumber number)) {
            return Optional.empty();
        }
        // Compared as a decimal first: turning 1e999999999 into an integer would take the server's memory.
        BigDecimal exact = number.bigDecimalValue();
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(exact.intValueExact());
        } catch (ArithmeticException fraction) {
            return Optional.empty();
        }
    }

    /**
     * A body's {@code {"field": {"<id>": "CONSTANT" or null}}}, such as attendance by trainee id, as a map (null
     * values kept: "not taken"); each entry that is not an id with one of the constants or null is noted in errors.
     */
    public static <E extends Enum<E>> Map<Long, E> choicesById(JsonObject json, String field, Class<E> type,
                                                                List<ApiError.FieldError> errors) {
        String rule = "maps an id to " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + " or null";
        Map<Long, E> choices = new HashMap<>();
        if (json.get(field) instanceof JsonObject entries) {
            entries.forEach((id, value) -> {
                E choice = value instanceof JsonString text ? constant(type, text.getString()) : null;
                if (!id.matches("[1-9]\\d{0,17}") || (value != JsonValue.NULL && choice == null)) {
                    errors.add(new ApiError.FieldError(field + "." + id, rule));
                } else {
                    choices.put(Long.valueOf(id), choice);
                }
            });
        } else {
            errors.add(new ApiError.FieldError(field, "must be an object that " + rule));
        }
        return choices;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Walks the body as a stream of events, which uses no stack per level, and refuses it past MAX_DEPTH. */
    private static void checkDepth(String text) {
        try (JsonParser parser = JsonText.parser(text)) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw refused("the JSON is nested more than " + MAX_DEPTH + " levels deep");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        }
    }

    private static Refused refused(String error) {
        return new Refused(error);
    }
}
