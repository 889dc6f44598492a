package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * A call as a line of the call list, its texts already in the reader's language. Read by the page as properties: a
 * called method is looked up anew among all of its class's methods at every call, and a date converter makes its
 * formatter anew for every line (see {@code AccountRow}).
 */
public final class CallRow implements Serializable {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final long id;
    private final String received;
    private final boolean outsideHours;
    private final int durationMinutes;
    private final String callerRole;
    private final String county;
    private final String language;
    private final String topics;
    private final String recommended;

    CallRow(CallLine call, Locale locale) {
        this.id = call.id();
        this.received = RECEIVED.format(PacificTime.fromUtc(call.receivedAt()));
        this.outsideHours = call.outsideHours();
        this.durationMinutes = call.durationMinutes();
        this.callerRole = Messages.text(locale, call.callerRole().messageKey());
        this.county = call.county();
        this.language = Messages.text(locale, call.language().messageKey());
        this.topics = call.topicNames(locale);
        this.recommended = Messages.text(locale, call.consultationRecommended() ? "action.yes" : "action.no");
    }

    public long getId() {
        return id;
    }

    /** Received at, Pacific time, such as "2026-01-05 09:30". */
    public String getReceived() {
        return received;
    }

    public boolean isOutsideHours() {
        return outsideHours;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getCallerRole() {
        return callerRole;
    }

    public String getCounty() {
        return county;
    }

    public String getLanguage() {
        return language;
    }

    /** The topics' names in the topic list's order, such as "Biting, Challenging behavior". */
    public String getTopics() {
        return topics;
    }

    /** Whether a consultation was recommended: "Yes" or "No". */
    public String getRecommended() {
        return recommended;
    }
}
