package org.iecmhc.lms.practice;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One meeting as a trainee sees it: which series, when, and how they were recorded (null: not yet taken). */
public record TraineeMeeting(long meetingId, String seriesTitle, LocalDateTime startsAtPacific, int minutes, String topic,
                             String link, Attendance attendance) implements Serializable {

    TraineeMeeting(PracticeMeeting meeting, Attendance attendance) {
        this(meeting.getId(), meeting.getSeries().getTitle(), meeting.getStartsAtPacific(), meeting.getDurationMinutes(),
                meeting.getTopic(), meeting.getLink(), attendance);
    }

    public boolean attended() {
        return attendance == Attendance.PRESENT;
    }
}
