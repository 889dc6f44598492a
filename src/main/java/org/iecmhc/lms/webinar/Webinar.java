package org.iecmhc.lms.webinar;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.offering.MeetingOffer;
import org.iecmhc.lms.offering.OfferedService;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.time.MeetingSlot;
import org.iecmhc.lms.platform.time.MeetingTime;

/** One online talk on a topic, led by a consultant or an administrator, with its recording once it has been held. */
@Entity
@Table(name = "webinar")
public class Webinar extends OfferedService implements MeetingOffer {

    private String topic;

    @Embedded
    private MeetingSlot slot;

    private String recordingLink;

    protected Webinar() {
    }

    Webinar(WebinarDetails details, MeetingTime when, Account facilitator) {
        describe(details, when, facilitator);
    }

    void describe(WebinarDetails details, MeetingTime when, Account facilitator) {
        describeService(details.title(), details.language(), facilitator);
        this.topic = details.topic().strip();
        this.slot = new MeetingSlot(when);
    }

    void offer(OfferingTerms terms) {
        offerOn(terms);
    }

    void recorded(String recordingLink) {
        this.recordingLink = recordingLink;
    }

    @Override
    public String auditLabel() {
        return getTitle() + " " + slot.label();
    }

    public String getTopic() {
        return topic;
    }

    @Override
    public MeetingSlot getSlot() {
        return slot;
    }

    /** Null until staff set it after the webinar began. */
    public String getRecordingLink() {
        return recordingLink;
    }
}
