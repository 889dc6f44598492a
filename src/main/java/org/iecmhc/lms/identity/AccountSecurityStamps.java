package org.iecmhc.lms.identity;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.security.SecurityStamps;

/**
 * The account's stamp as the database holds it now: a query of one column by the unique email, never the entity
 * cache, so that a change committed by another instance of the cluster is seen at the next request.
 */
@ApplicationScoped
public class AccountSecurityStamps implements SecurityStamps {

    @Inject
    EntityManager em;

    @Override
    public OptionalLong current(String callerName) {
        return em.createQuery("select a.securityStamp from Account a where a.email = :email and a.active = true",
                        Long.class)
                .setParameter("email", Account.normalizeEmail(callerName))
                .getResultStream()
                .mapToLong(Long::longValue)
                .findFirst();
    }
}
