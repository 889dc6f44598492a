package org.iecmhc.lms.platform.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A statement of plain SQL, its parameters and how many columns it selects, with what its rows make. It is sent
 * alone ({@link #from}) or, by {@link PageReads}, in one statement with the other reads of the same page, whatever
 * their columns: so a page that shows several features' lists costs one statement for them (issue 17).
 *
 * @param sql        a {@code select} with a {@code ?} for each parameter, in order, whose {@code order by} (if any)
 *                   does not count: sent with other reads it is a derived table, whose order the database drops, so
 *                   {@code result} puts the rows in order itself; null when there is nothing to read
 * @param columns    how many columns it selects
 * @param result     what its rows make, in no particular order
 */
public record SqlRead<T>(String sql, List<?> parameters, int columns, Function<List<Object[]>, T> result) {

    public SqlRead {
        // not List.copyOf: a parameter may be null
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** A read that needs no statement: its result is that of no rows. */
    public static <T> SqlRead<T> none(Function<List<Object[]>, T> result) {
        return new SqlRead<>(null, List.of(), 0, result);
    }

    /** The same read, its result made into another. */
    public <U> SqlRead<U> map(Function<T, U> then) {
        return new SqlRead<>(sql, parameters, columns, result.andThen(then));
    }

    /** Sends the statement alone. */
    public T from(EntityManager em) {
        return result.apply(sql == null ? List.of() : rows(em, sql, parameters));
    }

    static List<Object[]> rows(EntityManager em, String sql, List<?> parameters) {
        Query statement = em.createNativeQuery(sql);
        int position = 1;
        for (Object parameter : parameters) {
            statement.setParameter(position++, parameter);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : statement.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }
}
