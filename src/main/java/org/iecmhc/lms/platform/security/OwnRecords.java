package org.iecmhc.lms.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Records a consultant owns (Open-Door sessions, support series, consultation assignments): a consultant reaches
 * only their own, an administrator all of them. Lists add their own conditions, each applied only when chosen.
 */
public final class OwnRecords {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private OwnRecords() {
    }

    /** The record if it exists and the viewer may open it: empty either way, so a refusal reveals nothing. */
    public static <T> Optional<T> open(EntityManager em, Class<T> type, long id, Viewer viewer,
                                       Function<T, String> ownerEmail) {
        return Optional.ofNullable(em.find(type, id)).filter(record -> viewer.mayOpen(ownerEmail.apply(record)));
    }

    /** A list of the viewer's records, whose owner's email the query reaches by this path (e.g. s.facilitator.email). */
    public static OwnRecords listed(Viewer viewer, String ownerEmail) {
        OwnRecords records = new OwnRecords();
        return viewer.administrator() ? records : records.and(ownerEmail + " = :email", "email", viewer.email());
    }

    /** Keeps rows meeting the condition, which names its one parameter; a value of null means not chosen. */
    public OwnRecords and(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** One page of the rows: the select names its entity (and any fetch joins), the order keeps pages stable. */
    public <T> List<T> page(EntityManager em, String select, String orderBy, Class<T> type, int first, int size) {
        return bound(em.createQuery(select + where + " order by " + orderBy, type))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(EntityManager em, String selectCount) {
        return bound(em.createQuery(selectCount + where, Long.class)).getSingleResult();
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
