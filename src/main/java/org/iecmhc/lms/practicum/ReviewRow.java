package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** An entry waiting in the review queue, with what the faculty need to judge it. Getters are for the pages. */
public record ReviewRow(long entryId, long version, String traineeName, String cohortName, String providerName,
                        LocalDate loggedOn, LocalTime startsAt, int minutes, PracticumActivity activity, String note)
        implements Serializable {

    public long getEntryId() {
        return entryId;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getProviderName() {
        return providerName;
    }

    public LocalDate getLoggedOn() {
        return loggedOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public PracticumActivity getActivity() {
        return activity;
    }

    public String getNote() {
        return note;
    }
}
