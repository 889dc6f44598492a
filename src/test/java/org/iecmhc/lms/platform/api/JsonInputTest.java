package org.iecmhc.lms.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    @Test
    void numbersAreTakenOnlyWhenTheyFitExactly() {
        assertEquals(Optional.of(30), JsonInput.wholeNumber(number("30"), 1, 5000));
        assertEquals(Optional.empty(), JsonInput.wholeNumber(number("4294967326"), 1, 5000), "not wrapped to 30");
        assertEquals(Optional.empty(), JsonInput.wholeNumber(number("2147483648"), 1, Integer.MAX_VALUE));
        assertEquals(Optional.empty(), JsonInput.wholeNumber(number("12.5"), 1, 5000));
        assertEquals(Optional.empty(), JsonInput.wholeNumber(number("1e999999999"), 1, 5000));
        assertEquals(Optional.empty(), JsonInput.wholeNumber(number("0"), 1, 5000));
        assertEquals(Optional.empty(), JsonInput.wholeNumber(Json.createValue("30"), 1, 5000));
    }

    @Test
    void deeplyNestedBodiesAreABadRequestNotAStackOverflow() {
        String nested = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        JsonInput.Refused refused = assertThrows(JsonInput.Refused.class, () -> JsonInput.object(nested));
        assertTrue(refused.getMessage().contains("nested"));
        String fine = "{\"a\":" + "[".repeat(JsonInput.MAX_DEPTH - 1) + "]".repeat(JsonInput.MAX_DEPTH - 1) + "}";
        assertTrue(JsonInput.object(fine).containsKey("a"));
        assertThrows(JsonInput.Refused.class, () -> JsonInput.object("not json"));
        assertThrows(JsonInput.Refused.class, () -> JsonInput.object("[1]"));
    }

    @Test
    void choicesByIdKeepNullAsNotTakenAndNameEveryBadEntry() {
        List<ApiError.FieldError> errors = new ArrayList<>();
        Map<Long, TimeUnit> choices = JsonInput.choicesById(JsonInput.object(
                "{\"attendance\": {\"4\": \"DAYS\", \"7\": null}, \"other\": 1}"), "attendance", TimeUnit.class, errors);
        assertEquals(List.of(), errors);
        assertEquals(TimeUnit.DAYS, choices.get(4L));
        assertTrue(choices.containsKey(7L) && choices.get(7L) == null);

        JsonInput.choicesById(JsonInput.object("{\"attendance\": {\"0\": \"DAYS\", \"5\": \"days\", \"6\": 1,"
                + " \"99999999999999999999\": \"DAYS\"}}"), "attendance", TimeUnit.class, errors);
        assertEquals(List.of("attendance.0", "attendance.5", "attendance.6", "attendance.99999999999999999999"),
                errors.stream().map(ApiError.FieldError::field).toList());
        errors.clear();
        JsonInput.choicesById(JsonInput.object("{\"attendance\": []}"), "attendance", TimeUnit.class, errors);
        assertEquals(List.of("attendance"), errors.stream().map(ApiError.FieldError::field).toList());
    }

    private static JsonValue number(String text) {
        return Json.createReader(new java.io.StringReader("[" + text + "]")).readArray().get(0);
    }
}
