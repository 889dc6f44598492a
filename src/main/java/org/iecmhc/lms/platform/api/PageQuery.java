package org.iecmhc.lms.platform.api;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;

/**
 * A list call's query: the page asked for ({@link Paging}, refused before any filter) and the filters it narrows by,
 * answered with the page's rows as the API shows them, the total and the links to the neighbouring pages.
 */
public final class PageQuery extends QueryFilters {

    private final UriInfo uri;
    private final HttpServletRequest request;
    private final Paging paging;

    private PageQuery(UriInfo uri, HttpServletRequest request, Paging paging) {
        super(uri);
        this.uri = uri;
        this.request = request;
        this.paging = paging;
    }

    public static PageQuery of(UriInfo uri, HttpServletRequest request) {
        return new PageQuery(uri, request, Paging.of(uri));
    }

    public int offset() {
        return paging.offset();
    }

    public int size() {
        return paging.size();
    }

    /** This page's rows, found with {@link #offset} and {@link #size}, of the {@code total} that match. */
    public <R, J> List<J> answer(List<R> rows, Function<? super R, J> json, long total) {
        return paging.answer(rows.stream().map(json).toList(), total, uri, request);
    }

    /** This page of a list held whole in memory (short lists such as one person's tokens). */
    public <R, J> List<J> answerSlice(List<R> all, Function<? super R, J> json) {
        return answer(paging.slice(all), json, all.size());
    }
}
