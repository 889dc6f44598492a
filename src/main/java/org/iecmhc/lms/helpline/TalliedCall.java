package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;

/** What the helpline tallies count of one call. */
record TalliedCall(LocalDateTime receivedAtUtc, String countyFips, int durationMinutes, String callerKey,
                   boolean consultationRecommended) {

    static TalliedCall of(CallRecord record) {
        return new TalliedCall(record.receivedAtUtc(), record.countyFips(), record.durationMinutes(), record.callerKey(),
                record.consultationRecommended());
    }

    static TalliedCall of(HelplineCall call) {
        return new TalliedCall(call.getReceivedAt(), call.getCounty().getFips(), call.getDurationMinutes(),
                call.getCallerKey(), call.isConsultationRecommended());
    }
}
