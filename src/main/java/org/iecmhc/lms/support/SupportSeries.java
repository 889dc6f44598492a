package org.iecmhc.lms.support;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.provider.ServiceLanguage;

/** A Community of Support series: a small group of providers meeting with one consultant, in English or Spanish. */
@Entity
@Table(name = "support_series")
public class SupportSeries extends AuditedRecord {

    private String title;

    @Enumerated(EnumType.STRING)
    private ServiceLanguage language;

    @ManyToOne(optional = false)
    private Account facilitator;

    private LocalDate startsOn;

    protected SupportSeries() {
    }

    SupportSeries(String title, ServiceLanguage language, Account facilitator, LocalDate startsOn) {
        describe(title, language, facilitator);
        this.startsOn = startsOn;
    }

    void describe(String title, ServiceLanguage language, Account facilitator) {
        this.title = title.trim();
        this.language = language;
        this.facilitator = facilitator;
    }

    @Override
    public String auditLabel() {
        return title + " from " + startsOn;
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

    public LocalDate getStartsOn() {
        return startsOn;
    }
}
