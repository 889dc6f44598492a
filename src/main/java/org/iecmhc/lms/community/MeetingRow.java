package org.iecmhc.lms.community;

import java.io.Serializable;

import org.iecmhc.lms.platform.time.MeetingTimeInput;

/**
 * A meeting as edited on the series page: a scheduled one (with its id and version) or the blank one of the "add"
 * and "six monthly" forms. What is typed stays here until it is saved.
 */
public class MeetingRow implements Serializable {

    private final Long meetingId;
    private long version;
    private String label;
    private final MeetingTimeInput when;
    private String topic;
    private String link;

    MeetingRow(PracticeMeeting meeting) {
        meetingId = meeting.getId();
        saved(meeting);
        when = new MeetingTimeInput(meeting.getSlot().meetingTime());
        topic = meeting.getTopic();
        link = meeting.getLink();
    }

    /** A new meeting of the usual length. */
    MeetingRow() {
        meetingId = null;
        when = new MeetingTimeInput(MeetingDetails.USUAL_MINUTES);
    }

    MeetingDetails details() {
        return new MeetingDetails(when.value(), topic, link);
    }

    void saved(PracticeMeeting meeting) {
        version = meeting.getVersion();
        label = meeting.getSlot().label();
    }

    /** When the meeting is as saved, such as "2026-03-04 17:30 PT", for the attendance meeting menu. */
    public String getLabel() {
        return label;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    long getVersion() {
        return version;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
