package org.iecmhc.lms.opendoor;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.provider.FacilitatedService;
import org.iecmhc.lms.provider.ServiceLanguage;

/** One monthly virtual drop-in session, led by a consultant in English or Spanish. */
@Entity
@Table(name = "open_door_session")
public class OpenDoorSession extends FacilitatedService {

    private LocalDate heldOn;

    protected OpenDoorSession() {
    }

    OpenDoorSession(LocalDate heldOn, String title, ServiceLanguage language, Account facilitator) {
        describe(heldOn, title, language, facilitator);
    }

    void describe(LocalDate heldOn, String title, ServiceLanguage language, Account facilitator) {
        this.heldOn = heldOn;
        describeService(title, language, facilitator);
    }

    @Override
    public String auditLabel() {
        return getTitle() + " " + heldOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }
}
