package org.iecmhc.lms.platform.security;

import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;

/**
 * Records a consultant owns (Open-Door sessions, support series, consultation assignments): a consultant reaches
 * only their own, an administrator all of them. One constant per kind of record says who owns one, how a list query
 * reaches the owner (ownerPath, e.g. s.facilitator.email), and the field and message of a refusal, so the services
 * that keep them apply the rule alike.
 */
public record OwnRecords<T>(Class<T> type, Function<T, String> ownerEmail, String ownerPath, String field,
                            String notFoundKey) {

    /** The record if it exists and the viewer may open it: empty either way, so a refusal reveals nothing. */
    public Optional<T> find(EntityManager em, Viewer viewer, long id) {
        return Optional.ofNullable(em.find(type, id)).filter(record -> viewer.mayOpen(ownerEmail.apply(record)));
    }

    /** A record the viewer may see, or a refusal that does not reveal whether it exists. */
    public T visible(EntityManager em, Viewer viewer, long id) {
        return find(em, viewer, id).orElseThrow(() -> new InputRejected(field, notFoundKey));
    }

    /**
     * A part of one of these records (an attendance, an enrollment, a session, a logged activity), reached only
     * through a record the viewer may see; a missing part is refused at the part's own field.
     */
    public <P> P part(EntityManager em, Viewer viewer, Class<P> partType, long partId, Function<P, T> whole,
                      String partField) {
        P part = em.find(partType, partId);
        if (part == null) {
            throw new InputRejected(partField, notFoundKey);
        }
        if (!viewer.mayOpen(ownerEmail.apply(whole.apply(part)))) {
            throw new InputRejected(field, notFoundKey);
        }
        return part;
    }

    /** A list of the viewer's records, to which the list adds its own filters. */
    public Conditions listed(Viewer viewer) {
        String ownEmail = viewer.administrator() ? null : viewer.email();
        return Conditions.chosen().and(ownerPath + " = :email", "email", ownEmail);
    }
}
