package org.iecmhc.lms.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.RecordDates;

/**
 * Reads a list's filters from its query parameters, named after the fields they narrow; an absent parameter narrows
 * nothing, and every bad one is named at once in a 400 problem ({@link #requireValid}).
 */
public class QueryFilters {

    private final UriInfo uri;
    private final List<FieldError> errors = new ArrayList<>();

    QueryFilters(UriInfo uri) {
        this.uri = uri;
    }

    public static QueryFilters of(UriInfo uri) {
        return new QueryFilters(uri);
    }

    /** The parameter's text, trimmed; null when absent or blank. */
    public String text(String name) {
        return TypedText.trimmedOrNull(uri.getQueryParameters().getFirst(name));
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = RecordDates.parseDate(value);
            if (date.getYear() >= RecordDates.FIRST_YEAR && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below with the parameter's name
        }
        return problem(name, "must be a date such as 2026-09-01");
    }

    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (value.matches("[1-9]\\d{0,17}")) {
            return Long.parseLong(value);
        }
        return problem(name, "must be a record's id, a whole number from 1");
    }

    public Boolean flag(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return problem(name, "must be true or false");
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return problem(name, "must be one of " + String.join(", ", ApiValues.lowerCase(type)));
    }

    /** Notes a parameter a feature found bad by its own lookup (a county that is none). */
    public <T> T problem(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }

    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
    }
}
