package org.iecmhc.lms.evaluation;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;

/** The signed-in person behind an evaluation request; an unknown name is refused like a record that is not theirs. */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    static Account caller(EntityManager em, String email, String refusalKey) {
        return Accounts.byEmail(em, email).orElseThrow(() -> new EvaluationRejected(null, refusalKey));
    }
}
