package org.iecmhc.lms.evaluation;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;

/** The signed-in person behind an evaluation request; an unknown name is refused like a record that is not theirs. */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    static Account caller(EntityManager em, String email, String refusalKey) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst()
                .orElseThrow(() -> new EvaluationRejected(null, refusalKey));
    }
}
