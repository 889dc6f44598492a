package org.iecmhc.lms.platform.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A {@link MeetingTime} while it is being typed: a form binds its date, start and minutes one field at a time, and
 * what is typed stays here, even when refused, until it is saved.
 */
public class MeetingTimeInput implements Serializable {

    private LocalDate date;
    private LocalTime start;
    private Integer minutes;

    public MeetingTimeInput(MeetingTime time) {
        date = time.date();
        start = time.start();
        minutes = time.minutes();
    }

    /** No date or start yet, of the usual length. */
    public MeetingTimeInput(int usualMinutes) {
        minutes = usualMinutes;
    }

    public MeetingTime value() {
        return new MeetingTime(date, start, minutes);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
