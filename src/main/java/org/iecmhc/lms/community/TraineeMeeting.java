package org.iecmhc.lms.community;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One meeting as a trainee sees it: which series, when, and how they were recorded (null: not yet taken). A class
 * with getters rather than a record, as the pages' expression language reads bean properties only.
 */
public final class TraineeMeeting implements Serializable {

    private final String seriesTitle;
    private final LocalDateTime startsAtPacific;
    private final int minutes;
    private final String topic;
    private final String link;
    private final Attendance attendance;

    TraineeMeeting(PracticeMeeting meeting, Attendance attendance) {
        seriesTitle = meeting.getSeries().getTitle();
        startsAtPacific = meeting.getSlot().getStartsAtPacific();
        minutes = meeting.getSlot().getMinutes();
        topic = meeting.getTopic();
        link = meeting.getLink();
        this.attendance = attendance;
    }

    public boolean attended() {
        return attendance == Attendance.PRESENT;
    }

    public String getSeriesTitle() {
        return seriesTitle;
    }

    public LocalDateTime getStartsAtPacific() {
        return startsAtPacific;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getTopic() {
        return topic;
    }

    public String getLink() {
        return link;
    }

    public Attendance getAttendance() {
        return attendance;
    }
}
