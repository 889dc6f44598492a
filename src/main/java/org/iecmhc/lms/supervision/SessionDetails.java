package org.iecmhc.lms.supervision;

import java.util.Set;

import org.iecmhc.lms.platform.time.MeetingTime;

/**
 * What the session form sends.
 *
 * @param traineeIds the account ids of the trainees invited
 */
public record SessionDetails(Long cohortId, SessionKind kind, Long supervisorId, MeetingTime when, String topic,
                             Set<Long> traineeIds) {

    public SessionDetails {
        traineeIds = traineeIds == null ? Set.of() : Set.copyOf(traineeIds);
    }
}
