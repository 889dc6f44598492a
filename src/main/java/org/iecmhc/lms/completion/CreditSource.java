package org.iecmhc.lms.completion;

import java.util.List;

/**
 * A feature whose records count toward completion (supervision, Communities of Practice, practicum, courses, final
 * evaluations). Completion asks every source for the records of one cohort and adds them up itself, so completion
 * depends on no feature and each feature only on this contract.
 */
public interface CreditSource {

    /** Every record of the cohort's trainees of this source's kinds, whatever its state. */
    List<Credit> creditsIn(long cohortId);
}
