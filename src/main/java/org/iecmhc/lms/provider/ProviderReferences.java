package org.iecmhc.lms.provider;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * A feature whose records name a provider of the registry. Merging a registrant's unconfirmed entry into the program
 * it really is moves each feature's records to the kept entry through its implementation, so that the registry knows
 * none of them; a feature merged later is covered by implementing this interface.
 */
public interface ProviderReferences {

    /**
     * Moves this feature's records from one entry to the other, in the caller's transaction. A record the kept entry
     * already has its own of (both attended the same session) is refused with an {@link InputRejected}, since which
     * of the two stays is for a person to choose.
     */
    void move(Provider merged, Provider kept);

    /** Points every record of the entity, whose attribute {@code provider} names the entry, at the kept entry. */
    static void moveAll(EntityManager em, String entity, Provider merged, Provider kept) {
        em.createQuery("update " + entity + " r set r.provider = :kept where r.provider = :merged")
                .setParameter("kept", kept).setParameter("merged", merged).executeUpdate();
    }

    /**
     * Refuses the merge when both entries have a record of the entity for the same {@code within} (a session, a
     * series), which may hold one record per provider.
     */
    static void requireNoneShared(EntityManager em, String entity, String within, Provider merged, Provider kept) {
        long shared = em.createQuery("select count(r) from " + entity + " r where r.provider = :merged and exists"
                        + " (select o from " + entity + " o where o.provider = :kept and o." + within + " = r." + within + ")",
                        Long.class)
                .setParameter("merged", merged).setParameter("kept", kept).getSingleResult();
        if (shared > 0) {
            throw new InputRejected("provider", "registration.merge.bothTookPart");
        }
    }
}
