package org.iecmhc.lms.platform.persistence;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;

/**
 * How many rows a JPQL query of one column has, counted in the database no further than a bound: its SQL with a
 * {@code limit} inside {@code select count(*)}, so one row comes back. Reading the ids themselves, 10,001 of them
 * through the driver and EclipseLink, was a quarter of the CPU of a call list page (issue 17). EclipseLink writes the
 * SQL and converts the parameters (an enum to its stored name, a list to its items) as it does to run the query
 * itself; the statement binds them as {@code ?}, never as text.
 */
final class BoundedCount {

    private BoundedCount() {
    }

    /**
     * @param select    the JPQL query, its parameters set
     * @param arguments the same parameters by name
     */
    static long of(EntityManager em, Query select, Map<String, Object> arguments, int bound) {
        DatabaseQuery query = select.unwrap(JpaQuery.class).getDatabaseQuery();
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        AbstractRecord row = query.rowFromArguments(query.getArguments().stream().map(arguments::get).toList(), session);
        query.prepareCall(session, row);
        // translating fills in the call's values: a copy, since the prepared query is shared by every request
        DatabaseCall call = (DatabaseCall) query.getCall().clone();
        call.translate(row, null, session);
        Query count = em.createNativeQuery("select count(*) from (" + call.getSQLString() + " limit " + bound + ") bounded");
        List<?> values = call.getParameters();
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }
}
