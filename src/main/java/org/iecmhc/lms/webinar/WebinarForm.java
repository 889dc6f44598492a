package org.iecmhc.lms.webinar;

import java.io.Serializable;

import org.iecmhc.lms.platform.time.MeetingTimeInput;
import org.iecmhc.lms.provider.ServiceLanguage;

/** A webinar as its page types it, until it is saved. */
public class WebinarForm implements Serializable {

    private static final int USUAL_MINUTES = 60;

    private String title;
    private String topic;
    private ServiceLanguage language;
    private Long facilitatorId;
    private MeetingTimeInput when = new MeetingTimeInput(USUAL_MINUTES);

    public WebinarForm() {
    }

    WebinarForm(Webinar webinar) {
        title = webinar.getTitle();
        topic = webinar.getTopic();
        language = webinar.getLanguage();
        facilitatorId = webinar.getFacilitator().getId();
        when = new MeetingTimeInput(webinar.getSlot().meetingTime());
    }

    WebinarDetails details() {
        return new WebinarDetails(title, topic, language, facilitatorId, when.value());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }
}
