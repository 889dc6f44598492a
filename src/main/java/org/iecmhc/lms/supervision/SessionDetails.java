package org.iecmhc.lms.supervision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What the session form sends: the date and start time are California wall-clock time.
 *
 * @param traineeIds the account ids of the trainees invited
 */
public record SessionDetails(Long cohortId, SessionKind kind, Long supervisorId, LocalDate date, LocalTime startTime,
                             Integer minutes, String topic, Set<Long> traineeIds) {

    public SessionDetails {
        traineeIds = traineeIds == null ? Set.of() : Set.copyOf(traineeIds);
    }
}
