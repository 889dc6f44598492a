package org.iecmhc.lms.offering;

import java.io.Serializable;
import java.time.LocalDateTime;

import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Something providers can register for, as its feature describes it to the public: never the facilitator's name or
 * anything else about the people in it.
 *
 * @param kind        the offering source's kind, such as {@code opendoor}
 * @param kindKey     the message key naming what it is to the public ("Open-Door session"), which its feature may
 *                    tell apart more finely than its kind (a series is a Community of Support or of Practice)
 * @param id          the record's id in its feature
 * @param startsAtUtc when it (its first meeting) starts, in UTC
 * @param minutes     how long that meeting lasts
 * @param meetings    how many meetings it has (a series has several)
 */
public record Offering(String kind, String kindKey, long id, String title, ServiceLanguage language, LocalDateTime startsAtUtc,
                       int minutes, int meetings, OfferingTerms terms) implements Serializable {

    /** Its part of the public address: kind and id, such as {@code opendoor-12}. */
    public String key() {
        return kind + "-" + id;
    }

    public LocalDateTime getStartsAtPacific() {
        return PacificTime.fromUtc(startsAtUtc);
    }

    /** Such as "2026-03-04 18:30 PT". */
    public String getWhen() {
        return PacificTime.format(startsAtUtc);
    }

    public String getTitle() {
        return title;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getMeetings() {
        return meetings;
    }

    public OfferingTerms getTerms() {
        return terms;
    }

    public String getKey() {
        return key();
    }
}
