package org.iecmhc.lms.support;

import java.io.Serializable;

/** An enrolled provider's line in the final survey table, editable on the page before it is saved. */
public class SurveyRow implements Serializable {

    private final long enrollmentId;
    private long version;
    private final String providerName;
    private final String countyName;
    private Boolean highlyValuable;
    private String comments;
    private boolean consentToQuote;
    private boolean quotable;

    SurveyRow(SupportEnrollment enrollment) {
        enrollmentId = enrollment.getId();
        version = enrollment.getVersion();
        providerName = enrollment.getProvider().getName();
        countyName = enrollment.getProvider().getCounty().getName();
        highlyValuable = enrollment.getHighlyValuable();
        comments = enrollment.getComments();
        consentToQuote = enrollment.isConsentToQuote();
        quotable = enrollment.isQuotable();
    }

    void saved(SupportEnrollment enrollment) {
        version = enrollment.getVersion();
    }

    long getVersion() {
        return version;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getCountyName() {
        return countyName;
    }

    public Boolean getHighlyValuable() {
        return highlyValuable;
    }

    public void setHighlyValuable(Boolean highlyValuable) {
        this.highlyValuable = highlyValuable;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public boolean isConsentToQuote() {
        return consentToQuote;
    }

    public void setConsentToQuote(boolean consentToQuote) {
        this.consentToQuote = consentToQuote;
    }

    public boolean isQuotable() {
        return quotable;
    }

    public void setQuotable(boolean quotable) {
        this.quotable = quotable;
    }
}
