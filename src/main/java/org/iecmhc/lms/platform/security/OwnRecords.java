package org.iecmhc.lms.platform.security;

import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.Conditions;

/**
 * Records a consultant owns (Open-Door sessions, support series, consultation assignments): a consultant reaches
 * only their own, an administrator all of them.
 */
public final class OwnRecords {

    private OwnRecords() {
    }

    /** The record if it exists and the viewer may open it: empty either way, so a refusal reveals nothing. */
    public static <T> Optional<T> open(EntityManager em, Class<T> type, long id, Viewer viewer,
                                       Function<T, String> ownerEmail) {
        return Optional.ofNullable(em.find(type, id)).filter(record -> viewer.mayOpen(ownerEmail.apply(record)));
    }

    /**
     * A list of the viewer's records, whose owner's email the query reaches by this path (e.g. s.facilitator.email);
     * lists add their own filters to it.
     */
    public static Conditions listed(Viewer viewer, String ownerEmail) {
        String ownEmail = viewer.administrator() ? null : viewer.email();
        return Conditions.chosen().and(ownerEmail + " = :email", "email", ownEmail);
    }
}
