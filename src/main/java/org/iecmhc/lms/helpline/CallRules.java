package org.iecmhc.lms.helpline;

import java.time.Clock;
import java.time.LocalDateTime;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.PacificTime;

/** The rules a call must meet, whether typed on the form or read from an import file. */
public final class CallRules {

    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 240;
    static final int MAX_CALLER_KEY = 100;
    static final int MAX_REFERRALS = 1000;

    private CallRules() {
    }

    public static boolean isDurationAllowed(Integer minutes) {
        return minutes != null && minutes >= MIN_MINUTES && minutes <= MAX_MINUTES;
    }

    /** A call cannot have been received after now; a minute of grace absorbs clocks that differ slightly. */
    public static boolean isInFuture(LocalDateTime receivedAtUtc, Clock clock) {
        return receivedAtUtc.isAfter(LocalDateTime.now(clock).plusMinutes(1));
    }

    /** Checks a form and answers the call to store, or refuses the first field in error. */
    static CallRecord check(CallForm form, Clock clock) {
        if (form.receivedAtPacific() == null) {
            throw new InputRejected("receivedAt", "helpline.receivedAt.required");
        }
        LocalDateTime utc = PacificTime.toUtc(form.receivedAtPacific());
        if (isInFuture(utc, clock)) {
            throw new InputRejected("receivedAt", "helpline.receivedAt.future");
        }
        if (!isDurationAllowed(form.durationMinutes())) {
            throw new InputRejected("duration", "helpline.duration.range");
        }
        if (form.callerRole() == null) {
            throw new InputRejected("callerRole", "helpline.callerRole.required");
        }
        String callerKey = blankToNull(form.callerKey());
        if (callerKey != null && callerKey.length() > MAX_CALLER_KEY) {
            throw new InputRejected("callerKey", "helpline.callerKey.tooLong");
        }
        if (form.countyFips() == null || form.countyFips().isBlank()) {
            throw new InputRejected("county", "form.county.unknown");
        }
        if (form.language() == null) {
            throw new InputRejected("language", "helpline.language.required");
        }
        String referrals = blankToNull(form.referrals());
        if (referrals != null && referrals.length() > MAX_REFERRALS) {
            throw new InputRejected("referrals", "helpline.referrals.tooLong");
        }
        return new CallRecord(utc, form.durationMinutes(), form.callerRole(), callerKey, form.providerId(),
                form.countyFips(), form.language(), form.topicIds() == null ? java.util.List.of() : form.topicIds(),
                form.consultationRecommended(), referrals, form.followUpNeeded());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
