package org.iecmhc.lms.webinar;

import org.iecmhc.lms.platform.time.MeetingTimeInput;
import org.iecmhc.lms.provider.FacilitatedServiceForm;

/**
 * A webinar as its page types it, until it is saved: its topic and time besides what every facilitated service types.
 */
public class WebinarForm extends FacilitatedServiceForm {

    private static final int USUAL_MINUTES = 60;

    private String topic;
    private MeetingTimeInput when = new MeetingTimeInput(USUAL_MINUTES);

    public WebinarForm() {
    }

    WebinarForm(Webinar webinar) {
        super(webinar);
        topic = webinar.getTopic();
        when = new MeetingTimeInput(webinar.getSlot().meetingTime());
    }

    WebinarDetails details() {
        return new WebinarDetails(getTitle(), topic, getLanguage(), getFacilitatorId(), when.value());
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }
}
