package org.iecmhc.lms.opendoor;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.offering.MeetingOffer;
import org.iecmhc.lms.offering.OfferedService;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.time.MeetingSlot;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/** One monthly virtual drop-in session, led by a consultant in English or Spanish. */
@Entity
@Table(name = "open_door_session")
public class OpenDoorSession extends OfferedService implements MeetingOffer {

    private LocalDate heldOn;

    /** When it starts and how long it lasts; null for sessions recorded before they had a time. */
    @Embedded
    private MeetingSlot slot;

    protected OpenDoorSession() {
    }

    OpenDoorSession(LocalDate heldOn, String title, ServiceLanguage language, Account facilitator) {
        describe(heldOn, title, language, facilitator);
    }

    void describe(LocalDate heldOn, String title, ServiceLanguage language, Account facilitator) {
        if (slot != null && !heldOn.equals(this.heldOn)) {
            slot = new MeetingSlot(slot.meetingTime().on(heldOn)); // a session moved to another day keeps its hour
        }
        this.heldOn = heldOn;
        describeService(title, language, facilitator);
    }

    /** Opens the session for registration (or closes it, with no capacity) at this time, which sets its date. */
    void offer(MeetingTime when, OfferingTerms terms) {
        this.slot = new MeetingSlot(when);
        this.heldOn = when.date();
        offerOn(terms);
    }

    /** The same session on another day: same title, language, facilitator, hour, length and terms. */
    OpenDoorSession repeatedOn(LocalDate day) {
        OpenDoorSession copy = new OpenDoorSession(day, getTitle(), getLanguage(), getFacilitator());
        OfferingTerms same = getTerms();
        copy.offer(slot.meetingTime().on(day), new OfferingTerms(same.getCapacity(), same.getFormat(), same.getMeetingLink()));
        return copy;
    }

    @Override
    public String auditLabel() {
        return getTitle() + " " + heldOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    @Override
    public MeetingSlot getSlot() {
        return slot;
    }
}
