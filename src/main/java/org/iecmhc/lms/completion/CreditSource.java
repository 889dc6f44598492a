package org.iecmhc.lms.completion;

import java.util.List;
import java.util.Optional;

/**
 * A feature whose records count toward completion (supervision, Communities of Practice, practicum, courses, final
 * evaluations). Completion asks every source for the records of one cohort (the board) or of one trainee in one
 * cohort (the trainee's own pages) and adds them up itself, so completion depends on no feature and each feature only
 * on this contract.
 */
public interface CreditSource {

    /** Every record of the cohort's trainees of this source's kinds, whatever its state. */
    List<Credit> creditsIn(long cohortId);

    /**
     * Exactly the credits of {@link #creditsIn} whose trainee is the one given. By default filtered out of the
     * cohort's; the application's sources override it to read the trainee's records only, so that a trainee's page
     * costs the same whatever the size of their cohort (issue 17).
     */
    default List<Credit> creditsOf(long cohortId, long traineeId) {
        return creditsIn(cohortId).stream().filter(c -> c.traineeId() == traineeId).toList();
    }

    /**
     * The source itself when it gives plain SQL columns, which are read in one statement with the other such sources;
     * empty for a source that reads its own way. Asked, not found with {@code instanceof}: on the server each source
     * is the container's proxy of it, which is no {@link ColumnCredits}, and every source was read on its own.
     */
    default Optional<ColumnCredits> columns() {
        return Optional.empty();
    }
}
