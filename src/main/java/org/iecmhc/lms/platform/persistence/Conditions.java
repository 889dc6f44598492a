package org.iecmhc.lms.platform.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The filters of a paged list, each applied in SQL only when the person chose it, and the page and count over the
 * same conditions, so that a list and its total can never disagree.
 */
public final class Conditions {

    /**
     * How far a long list counts: beyond it the list says "more than" this and pages through this many rows, as
     * mail and issue trackers do, instead of counting a table that keeps growing on every visit.
     */
    public static final int COUNT_LIMIT = 10_000;

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Conditions() {
    }

    public static Conditions chosen() {
        return new Conditions();
    }

    /**
     * Keeps rows meeting the condition, which names its one parameter; a value of null or blank text means the
     * filter was not chosen, so an empty search box filters nothing.
     */
    public Conditions and(String condition, String parameter, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Keeps rows where the condition's parameter, a pattern of the typed text ({@link Like#containing}), matches;
     * blank text filters nothing.
     */
    public Conditions andContaining(String condition, String parameter, String text) {
        return and(condition, parameter, text == null || text.isBlank() ? null : Like.containing(text));
    }

    /** Every row, for a list short enough to show whole (the courses or trainees one person evaluates). */
    public <T> List<T> all(EntityManager em, String select, String orderBy, Class<T> type) {
        return bound(em.createQuery(select + where + " order by " + orderBy, type)).getResultList();
    }

    /** One page of the rows: the select names its entity (and any fetch joins), the order keeps pages stable. */
    public <T> List<T> page(EntityManager em, String select, String orderBy, Class<T> type, int first, int size) {
        return pageQuery(em, select, orderBy, type, first, size).getResultList();
    }

    /** The query of {@link #page}, for a list that adds hints (a batch read of each row's collection) before running it. */
    public <T> TypedQuery<T> pageQuery(EntityManager em, String select, String orderBy, Class<T> type, int first, int size) {
        return bound(em.createQuery(select + where + " order by " + orderBy, type)).setFirstResult(first).setMaxResults(size);
    }

    public long count(EntityManager em, String selectCount) {
        return bound(em.createQuery(selectCount + where, Long.class)).getSingleResult();
    }

    /**
     * How many rows match, counted no further than {@link #COUNT_LIMIT} + 1: the select names one column of the
     * rows (their id), and the database stops reading after that many and sends one row, so counting a million rows
     * costs what counting ten thousand does. A result above the limit means "more than the limit".
     */
    public long countUpTo(EntityManager em, String selectIds) {
        return BoundedCount.of(em, bound(em.createQuery(selectIds + where, Object.class)), parameters, COUNT_LIMIT + 1);
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
