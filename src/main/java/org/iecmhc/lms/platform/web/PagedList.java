package org.iecmhc.lms.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table's rows fetched a page at a time from a service that counts and pages in the database. Column filters are
 * not passed on: every list filters through its own form fields, which the count and page functions read. Rows are
 * keyed by their id, and a key names a row of the page on screen, so check-box selection works without a converter.
 */
public final class PagedList<T> extends LazyDataModel<T> {

    /** How many rows match the current search. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** One page of the rows that match, in the list's fixed order. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int size);
    }

    /** One page of the rows that match, ordered by a column the service maps to an attribute. */
    @FunctionalInterface
    public interface SortedPage<T, S> extends Serializable {
        List<T> rows(int first, int size, S column, boolean ascending);
    }

    /** The column a sorted list uses when the table names none, and how it reads the table's sort field. */
    public record Sorting<S>(S column, boolean ascending, Column<S> fromField) implements Serializable {
    }

    /** The service's mapping of a table's sort field to a column it knows. */
    @FunctionalInterface
    public interface Column<S> extends Serializable {
        S fromField(String field);
    }

    /** The row's id, which is also its key in the table. */
    @FunctionalInterface
    public interface Id<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final SortedPage<T, ?> page;
    private final Sorting<?> sorting;
    private final Id<T> id;
    private List<T> shown = List.of();
    private boolean more;

    private PagedList(Count count, SortedPage<T, ?> page, Sorting<?> sorting, Id<T> id) {
        this.count = count;
        this.page = page;
        this.sorting = sorting;
        this.id = id;
    }

    public static <T> PagedList<T> of(Count count, Page<T> page, Id<T> id) {
        SortedPage<T, Object> unsorted = (first, size, column, ascending) -> page.rows(first, size);
        return new PagedList<>(count, unsorted, null, id);
    }

    public static <T, S> PagedList<T> sorted(Count count, SortedPage<T, S> page, Sorting<S> sorting, Id<T> id) {
        return new PagedList<>(count, page, sorting, id);
    }

    /** At most {@link Conditions#COUNT_LIMIT} rows are paged; {@link #isMore()} says whether more match. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long rows = count.count();
        more = rows > Conditions.COUNT_LIMIT;
        return (int) Math.min(rows, Conditions.COUNT_LIMIT);
    }

    /** Whether more rows match than are counted and paged: the person then narrows the list or sorts it the other way. */
    public boolean isMore() {
        return more;
    }

    /** The paginator's report: the rows on the page and how many match, or "more than" the limit where counting stopped. */
    public String pageReport(Locale locale) {
        return "{startRecord}-{endRecord} / "
                + (more ? Messages.text(locale, "table.moreThan", Conditions.COUNT_LIMIT) : "{totalRecords}");
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        shown = load(first, pageSize, sortBy.values().stream().findFirst().orElse(null), page, sorting);
        return shown;
    }

    private static <T, S> List<T> load(int first, int size, SortMeta sort, SortedPage<T, ?> page, Sorting<S> sorting) {
        @SuppressWarnings("unchecked")
        SortedPage<T, S> typed = (SortedPage<T, S>) page;
        if (sorting == null) {
            return typed.rows(first, size, null, true);
        }
        S column = sort == null ? sorting.column() : sorting.fromField().fromField(sort.getField());
        boolean ascending = sort == null || sort.getOrder() == SortOrder.UNSORTED
                ? sorting.ascending() : sort.getOrder() == SortOrder.ASCENDING;
        return typed.rows(first, size, column, ascending);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(id.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return shown.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }
}
