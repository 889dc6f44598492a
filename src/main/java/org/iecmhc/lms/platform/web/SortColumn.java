package org.iecmhc.lms.platform.web;

import java.util.Arrays;

/**
 * A column a list can be ordered by: one constant of the list's enum, marked with the entity path the table names as
 * its column's field ({@link SortPath}). The table's field only picks a constant, so no typed text reaches the query.
 */
public interface SortColumn {

    /** The entity path from the query's root, which is also the field of the table's column: its {@link SortPath}. */
    default String path() {
        Enum<?> column = (Enum<?>) this;
        try {
            return column.getDeclaringClass().getField(column.name()).getAnnotation(SortPath.class).value();
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException("an enum constant is a public field of its enum", impossible);
        }
    }

    /** The order-by clause for this column, its path taken from the query's root alias. */
    default String orderBy(String alias, boolean ascending) {
        return " order by " + ordering(alias, ascending);
    }

    /** This column's ordering without the keywords, for a query that adds its own tie-breaker after it. */
    default String ordering(String alias, boolean ascending) {
        return alias + "." + path() + (ascending ? " asc" : " desc");
    }

    /** How a list reads its table's sort field: the column whose path it is, or the list's first order. */
    static <S extends Enum<S> & SortColumn> PagedList.Sorting<S> sorting(S first, boolean ascending) {
        S[] columns = first.getDeclaringClass().getEnumConstants();
        return new PagedList.Sorting<>(first, ascending, field -> Arrays.stream(columns)
                .filter(column -> column.path().equals(field)).findFirst().orElse(first));
    }
}
