package org.iecmhc.lms.offering;

import java.io.Serializable;

import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.MeetingTimeInput;

/**
 * The public registration settings as a staff page types them: seats, format, meeting link and, for an offering
 * that has no sessions of its own (an Open-Door session), its time.
 */
public class OfferingTermsForm implements Serializable {

    private static final int USUAL_MINUTES = 60;

    private Integer capacity;
    private OfferingFormat format = OfferingFormat.ONLINE;
    private String meetingLink;
    private MeetingTimeInput when = new MeetingTimeInput(USUAL_MINUTES);

    public OfferingTermsForm() {
    }

    public OfferingTermsForm(OfferingTerms terms, MeetingTime time) {
        capacity = terms.getCapacity();
        format = terms.getFormat();
        meetingLink = terms.getMeetingLink();
        if (time != null) {
            when = new MeetingTimeInput(time);
        }
    }

    /** The terms typed; a capacity out of range or a malformed link is refused at its field. */
    public OfferingTerms terms() {
        return new OfferingTerms(capacity, format, meetingLink);
    }

    public MeetingTime time() {
        return when.value();
    }

    public OfferingFormat[] getFormats() {
        return OfferingFormat.values();
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public OfferingFormat getFormat() {
        return format;
    }

    public void setFormat(OfferingFormat format) {
        this.format = format;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }
}
