package org.iecmhc.lms.helpline;

import java.time.Clock;
import java.time.LocalDateTime;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/** The rules a call must meet, whether typed on the form or read from an import file. */
public final class CallRules {

    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 240;

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
        String callerKey = TypedText.trimmedOrNull(form.callerKey());
        TypedText.requireFits(callerKey, HelplineLimits.CALLER_KEY, InputRejected::new, "callerKey",
                "helpline.callerKey.tooLong");
        if (form.countyFips() == null || form.countyFips().isBlank()) {
            throw new InputRejected("county", "form.county.unknown");
        }
        if (form.language() == null) {
            throw new InputRejected("language", "helpline.language.required");
        }
        String referrals = TypedText.trimmedOrNull(form.referrals());
        TypedText.requireFits(referrals, HelplineLimits.REFERRALS, InputRejected::new, "referrals",
                "helpline.referrals.tooLong");
        return new CallRecord(utc, form.durationMinutes(), form.callerRole(), callerKey, form.providerId(),
                form.countyFips(), form.language(), form.topicIds() == null ? java.util.List.of() : form.topicIds(),
                form.consultationRecommended(), referrals, form.followUpNeeded());
    }
}
