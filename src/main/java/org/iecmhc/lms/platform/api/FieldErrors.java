package org.iecmhc.lms.platform.api;

import java.util.List;

/**
 * The body of a refused request body: {@code {"error": "invalid fields", "fields": [{"field", "message"}]}}, every
 * field's problem at once, in English.
 */
public record FieldErrors(String error, List<FieldError> fields) {

    public static final String INVALID = "invalid fields";

    public FieldErrors(List<FieldError> fields) {
        this(INVALID, List.copyOf(fields));
    }

    public record FieldError(String field, String message) {
    }
}
