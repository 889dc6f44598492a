package org.iecmhc.lms.opendoor;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.provider.ServiceLanguage;

/** One monthly virtual drop-in session, led by a consultant in English or Spanish. */
@Entity
@Table(name = "open_door_session")
public class OpenDoorSession extends AuditedRecord {

    private LocalDate heldOn;

    private String title;

    @Enumerated(EnumType.STRING)
    private ServiceLanguage language;

    @ManyToOne(optional = false)
    private Account facilitator;

    protected OpenDoorSession() {
    }

    OpenDoorSession(LocalDate heldOn, String title, ServiceLanguage language, Account facilitator) {
        describe(heldOn, title, language, facilitator);
    }

    void describe(LocalDate heldOn, String title, ServiceLanguage language, Account facilitator) {
        this.heldOn = heldOn;
        this.title = title.trim();
        this.language = language;
        this.facilitator = facilitator;
    }

    @Override
    public String auditLabel() {
        return title + " " + heldOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public Account getFacilitator() {
        return facilitator;
    }
}
