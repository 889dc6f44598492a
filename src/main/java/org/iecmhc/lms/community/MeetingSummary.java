package org.iecmhc.lms.community;

import java.time.LocalDateTime;

import org.iecmhc.lms.platform.time.PacificTime;

/**
 * A meeting as a list names it, read as plain columns: as entities, each meeting's series, cohort and facilitator
 * (with the facilitator's roles) would cost queries of their own.
 */
public record MeetingSummary(long id, long seriesId, String series, long cohortId, String cohort, String facilitator,
                             LocalDateTime startsAtUtc, int minutes, String topic) {

    public LocalDateTime startsAtPacific() {
        return PacificTime.fromUtc(startsAtUtc);
    }
}
