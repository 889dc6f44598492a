package org.iecmhc.lms.platform.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.RecordDates;

/**
 * Reads the fields of one JSON body, noting every field missing or of the wrong type so that they are all answered
 * at once ({@link #requireValid}: 400); the rules stay the services', whose refusals {@link #refused} turns into a
 * 422 naming the body's field. Required fields are missing when absent or null; optional ones may be either.
 */
public final class JsonFields {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonFields(JsonObject json) {
        this.json = json;
    }

    /** The body's fields; a body that is no JSON object is a 400 ({@link JsonInput.Refused}). */
    public static JsonFields of(String body) {
        return new JsonFields(JsonInput.object(body));
    }

    /**
     * What {@code reader} makes of the body's fields (the details a service takes, an id), once every field missing or
     * of the wrong type is answered at once ({@link #requireValid}): nothing is done with a body that has one.
     */
    public static <T> T read(String body, Function<JsonFields, T> reader) {
        JsonFields json = of(body);
        T read = reader.apply(json);
        json.requireValid();
        return read;
    }

    public boolean has(String field) {
        JsonValue value = json.get(field);
        return value != null && value != JsonValue.NULL;
    }

    public String text(String field) {
        if (json.get(field) instanceof JsonString string) {
            return string.getString();
        }
        return problem(field, "must be a string");
    }

    public String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    public Integer wholeNumber(String field, int min, int max) {
        return JsonInput.wholeNumber(json.get(field), min, max)
                .orElseGet(() -> problem(field, "must be a whole number from " + min + " to " + max));
    }

    public Long id(String field) {
        Long id = idOf(json.get(field));
        return id != null ? id : problem(field, "must be a record's id, a whole number from 1");
    }

    public Long optionalId(String field) {
        return has(field) ? id(field) : null;
    }

    /** A list of ids, empty when absent (or refused). */
    public List<Long> ids(String field) {
        if (!has(field)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        if (json.get(field) instanceof JsonArray array) {
            for (JsonValue value : array) {
                Long id = idOf(value);
                if (id == null) {
                    break;
                }
                ids.add(id);
            }
            if (ids.size() == array.size()) {
                return ids;
            }
        }
        problem(field, "must be a list of ids");
        return List.of();
    }

    /**
     * The items of a list of at least {@code least} for the feature to read one by one (with {@link #problem}); an
     * absent list is an empty one, and a refused one answers no items.
     */
    public List<JsonValue> items(String field, int least, String message) {
        JsonValue value = has(field) ? json.get(field) : JsonValue.EMPTY_JSON_ARRAY;
        if (value instanceof JsonArray array && array.size() >= least) {
            return array;
        }
        problem(field, message);
        return List.of();
    }

    /** true or false; false when absent. */
    public boolean flag(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        problem(field, "must be true or false");
        return false;
    }

    /** One of the enum's constants, named in any case ({@code on_site}, {@code ON_SITE}). */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        E constant = json.get(field) instanceof JsonString string ? constantNamed(string.getString(), type) : null;
        return constant != null ? constant : problem(field, "must be one of " + names(type));
    }

    private static <E extends Enum<E>> E constantNamed(String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", ApiValues.lowerCase(type));
    }

    /** One of the enum's constants, or null when absent. */
    public <E extends Enum<E>> E optionalChoice(String field, Class<E> type) {
        return has(field) ? choice(field, type) : null;
    }

    /** A list of the enum's constants, empty when absent (or refused). */
    public <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
        if (!has(field)) {
            return List.of();
        }
        List<E> chosen = new ArrayList<>();
        if (json.get(field) instanceof JsonArray array) {
            for (JsonValue value : array) {
                E constant = value instanceof JsonString string ? constantNamed(string.getString(), type) : null;
                if (constant == null) {
                    break;
                }
                chosen.add(constant);
            }
            if (chosen.size() == array.size()) {
                return chosen;
            }
        }
        problem(field, "must be a list of " + names(type));
        return List.of();
    }

    /** {@code {"field": {"<id>": "CONSTANT" or null}}} (attendance by trainee id), null kept as "not taken". */
    public <E extends Enum<E>> Map<Long, E> choicesById(String field, Class<E> type) {
        return JsonInput.choicesById(json, field, type, errors);
    }

    /** A date (2026-09-01) in the years records may have. */
    public LocalDate date(String field, Clock clock) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return inRange(field, RecordDates.parseDate(text), clock);
        } catch (DateTimeParseException e) {
            return problem(field, "must be a date such as 2026-09-01");
        }
    }

    /** An optional date, null when absent. */
    public LocalDate optionalDate(String field, Clock clock) {
        return has(field) ? date(field, clock) : null;
    }

    /** A California wall-clock time of day, hours and minutes (09:30). */
    public LocalTime timeOfDay(String field) {
        String text = json.get(field) instanceof JsonString string ? string.getString() : "";
        try {
            if (text.matches("\\d{2}:\\d{2}")) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // answered below, as any other text that is no time of day
        }
        return problem(field, "must be a time of day such as 09:30");
    }

    /** A California wall-clock date and time (2026-09-01T09:15). */
    public LocalDateTime dateTime(String field, Clock clock) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            LocalDateTime time = RecordDates.parseDateTime(text);
            return inRange(field, time.toLocalDate(), clock) == null ? null : time;
        } catch (DateTimeParseException e) {
            return problem(field, "must be a date and time such as 2026-09-01T09:15");
        }
    }

    /** Answers the 400 naming every field in error, if any. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
    }

    /** The service's change, its rule's refusal answered as {@link #refused} does, with no field renamed. */
    public static <T> T underRules(Supplier<T> change) {
        return underRules(Map.of(), change);
    }

    /** The service's change, its rule's refusal answered as {@link #refused} does. */
    public static <T> T underRules(Map<String, String> names, Supplier<T> change) {
        try {
            return change.get();
        } catch (InputRejected rejected) {
            throw refused(rejected, names);
        }
    }

    /** A change that answers nothing, its rule's refusal answered as {@link #refused} does, with no field renamed. */
    public static void underRules(Runnable change) {
        underRules(Map.of(), change);
    }

    /** A change that answers nothing, its rule's refusal answered as {@link #refused} does. */
    public static void underRules(Map<String, String> names, Runnable change) {
        underRules(names, () -> {
            change.run();
            return null;
        });
    }

    /** A rule's refusal as a 422 naming the service's field, where the body's has the same name. */
    public static WebApplicationException refused(InputRejected rejected) {
        return refused(rejected, Map.of());
    }

    /**
     * A rule's refusal as a 422 naming the body's field (none for a refusal of the whole request): {@code names}
     * maps a service's field name (the page's) to the body's where they differ.
     */
    public static WebApplicationException refused(InputRejected rejected, Map<String, String> names) {
        String message = Messages.text(Locale.ENGLISH, rejected.messageKey());
        List<FieldError> errors = rejected.field() == null || rejected.field().isEmpty() ? List.of()
                : List.of(new FieldError(names.getOrDefault(rejected.field(), rejected.field()), message));
        return new WebApplicationException(ApiError.refused(message, errors, null));
    }

    /** An id is a whole number from 1 that fits a long; anything else (a fraction, 1e999999999) is none. */
    private static Long idOf(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.compareTo(BigDecimal.ONE) < 0 || exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        try {
            return exact.longValueExact();
        } catch (ArithmeticException fraction) {
            return null;
        }
    }

    private LocalDate inRange(String field, LocalDate date, Clock clock) {
        if (RecordDates.isWithinRange(date.getYear(), clock)) {
            return date;
        }
        return problem(field, "must be in a year from " + RecordDates.FIRST_YEAR + " to " + RecordDates.lastYear(clock));
    }

    /** Notes a field a feature found bad by its own rule of reading (a status this call does not take). */
    public <T> T problem(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }
}
