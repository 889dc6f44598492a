package org.iecmhc.lms.platform.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import org.iecmhc.lms.platform.api.ApiError.FieldError;

/**
 * The one way every list of the API is paged: {@code ?page=} (from 0) and {@code ?size=} (1 to the list's maximum),
 * answered with the total in {@code X-Total-Count} and the neighbouring pages in a {@code Link} header (RFC 8288:
 * first, prev, next, last). The OpenAPI document describes the parameters and headers of every GET method that
 * returns a List ({@code ApiDocument}); one that answers its page otherwise marks its operation with {@link #EXTENSION}.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final String TOTAL_HEADER = "X-Total-Count";
    /** The OpenAPI extension that marks a paged operation answering no List, replaced by its parameters and headers. */
    public static final String EXTENSION = "x-paged";

    /** The page asked for, {@value #DEFAULT_SIZE} rows by default; a bad value is a 400 problem naming it. */
    public static Paging of(UriInfo uri) {
        return of(uri, DEFAULT_SIZE, MAX_SIZE);
    }

    public static Paging of(UriInfo uri, int defaultSize, int maxSize) {
        Integer page = wholeNumber(uri.getQueryParameters().getFirst("page"), 0, 0, Integer.MAX_VALUE / maxSize);
        Integer size = wholeNumber(uri.getQueryParameters().getFirst("size"), defaultSize, 1, maxSize);
        if (page != null && size != null) {
            return new Paging(page, size);
        }
        String rule = "page is a whole number from 0 and size one from 1 to " + maxSize;
        List<FieldError> errors = new ArrayList<>();
        if (page == null) {
            errors.add(new FieldError("page", "must be a whole number from 0"));
        }
        if (size == null) {
            errors.add(new FieldError("size", "must be a whole number from 1 to " + maxSize));
        }
        throw new WebApplicationException(new ApiError(ApiError.Type.INVALID_INPUT, 400, rule, errors, null).toResponse());
    }

    public int offset() {
        return page * size;
    }

    /** This page of a list held whole in memory (short lists such as one person's tokens). */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(all.size(), offset());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /** The page's rows, answered with the total and the links to the first, previous, next and last pages. */
    public <T> T answer(T body, long total, UriInfo uri, HttpServletRequest request) {
        ApiHeaders.add(request, TOTAL_HEADER, total);
        long last = total == 0 ? 0 : (total - 1) / size;
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        links.forEach(link -> ApiHeaders.add(request, "Link", link.toString()));
        return body;
    }

    private Link link(UriInfo uri, long number, String rel) {
        return Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("page", number)
                .replaceQueryParam("size", size).build()).rel(rel).build();
    }

    /** The parameter as a number in range, the default when absent, null when it is anything else. */
    private static Integer wholeNumber(String parameter, int absent, int min, int max) {
        if (parameter == null) {
            return absent;
        }
        if (!parameter.matches("\\d{1,9}")) {
            return null;
        }
        int value = Integer.parseInt(parameter);
        return value < min || value > max ? null : value;
    }
}
