package org.iecmhc.lms.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;

/**
 * A provider enrolled in a series, with their final survey: "was the series highly valuable?" (empty until they
 * answer) and any comment, quotable in reports only with the participant's recorded consent.
 */
@Entity
@Table(name = "support_enrollment")
public class SupportEnrollment extends AuditedRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private SupportSeries series;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Column(name = "highly_valuable")
    private Boolean highlyValuable;

    private String comments;

    @Column(name = "consent_to_quote")
    private boolean consentToQuote;

    private boolean quotable;

    protected SupportEnrollment() {
    }

    SupportEnrollment(SupportSeries series, Provider provider) {
        this.series = series;
        this.provider = provider;
    }

    void answerSurvey(Boolean highlyValuable, String comments, boolean consentToQuote, boolean quotable) {
        this.highlyValuable = highlyValuable;
        this.comments = TypedText.trimmedOrNull(comments);
        this.consentToQuote = consentToQuote;
        this.quotable = quotable;
    }

    @Override
    public String auditLabel() {
        return provider.getName() + " in series " + series.getId();
    }

    public SupportSeries getSeries() {
        return series;
    }

    public Provider getProvider() {
        return provider;
    }

    public Boolean getHighlyValuable() {
        return highlyValuable;
    }

    public String getComments() {
        return comments;
    }

    public boolean isConsentToQuote() {
        return consentToQuote;
    }

    public boolean isQuotable() {
        return quotable;
    }
}
