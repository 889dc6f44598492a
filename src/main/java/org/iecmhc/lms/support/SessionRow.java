package org.iecmhc.lms.support;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.iecmhc.lms.platform.time.PacificTime;

/** One session's line in the schedule, its Pacific date, time and length editable on the page before it is saved. */
public class SessionRow implements Serializable {

    private final long sessionId;
    private long version;
    private LocalDate date;
    private LocalTime time;
    private Integer minutes;

    SessionRow(SupportSession session) {
        sessionId = session.getId();
        version = session.getVersion();
        date = session.getStartsAtPacific().toLocalDate();
        time = session.getStartsAtPacific().toLocalTime();
        minutes = session.getDurationMinutes();
    }

    /** Both halves typed, or nothing: the service names the missing start. */
    LocalDateTime startsAtPacific() {
        return date == null || time == null ? null : date.atTime(time);
    }

    /** Such as "2026-03-04 18:30 PT", for the attendance session menu. */
    public String getLabel() {
        return startsAtPacific() == null ? "" : PacificTime.format(PacificTime.toUtc(startsAtPacific()));
    }

    void saved(SupportSession session) {
        version = session.getVersion();
    }

    public long getSessionId() {
        return sessionId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    long getVersion() {
        return version;
    }
}
