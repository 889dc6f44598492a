package org.iecmhc.lms.community;

import org.iecmhc.lms.platform.time.ScheduledMeetingRow;

/**
 * A meeting as edited on the series page: a scheduled one (with its id and version) or the blank one of the "add"
 * and "six monthly" forms. What is typed stays here until it is saved.
 */
public class MeetingRow extends ScheduledMeetingRow {

    private String topic;
    private String link;

    MeetingRow(PracticeMeeting meeting) {
        super(meeting, meeting.getSlot());
        topic = meeting.getTopic();
        link = meeting.getLink();
    }

    /** A new meeting of the usual length. */
    MeetingRow() {
        super(MeetingDetails.USUAL_MINUTES);
    }

    MeetingDetails details() {
        return new MeetingDetails(getWhen().value(), topic, link);
    }

    void saved(PracticeMeeting meeting) {
        saved(meeting, meeting.getSlot());
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
