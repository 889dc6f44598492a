package org.iecmhc.lms.provider;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * An Open-Door session or a support series as stored (as typed: {@link ServiceForm}): its title, the language it is
 * held in and the consultant who leads it, the one consultant who may open it.
 */
@MappedSuperclass
public abstract class FacilitatedService extends AuditedRecord {

    private String title;

    @Enumerated(EnumType.STRING)
    private ServiceLanguage language;

    @ManyToOne(optional = false)
    private Account facilitator;

    protected void describeService(String title, ServiceLanguage language, Account facilitator) {
        this.title = title.trim();
        this.language = language;
        this.facilitator = facilitator;
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
