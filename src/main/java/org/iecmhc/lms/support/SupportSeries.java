package org.iecmhc.lms.support;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.offering.OfferedService;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A Community of Support series, or a Community of Practice for providers (its {@link SeriesKind}): a small group of
 * providers meeting with one consultant, in English or Spanish.
 */
@Entity
@Table(name = "support_series")
public class SupportSeries extends OfferedService {

    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    private SeriesKind kind;

    protected SupportSeries() {
    }

    SupportSeries(String title, ServiceLanguage language, Account facilitator, LocalDate startsOn, SeriesKind kind) {
        describe(title, language, facilitator, kind);
        this.startsOn = startsOn;
    }

    void describe(String title, ServiceLanguage language, Account facilitator, SeriesKind kind) {
        describeService(title, language, facilitator);
        this.kind = kind;
    }

    void offer(OfferingTerms terms) {
        offerOn(terms);
    }

    @Override
    public String auditLabel() {
        return getTitle() + " from " + startsOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public SeriesKind getKind() {
        return kind;
    }
}
