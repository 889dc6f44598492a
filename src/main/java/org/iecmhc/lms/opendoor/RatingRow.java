package org.iecmhc.lms.opendoor;

import java.io.Serializable;

/** One attendee's line in the ratings table, editable on the page before it is saved. */
public class RatingRow implements Serializable {

    private final long attendanceId;
    private final String providerName;
    private final String countyName;
    private Boolean worthwhile;
    private String comments;
    private boolean consentToQuote;
    private boolean quotable;

    RatingRow(OpenDoorAttendance attendance) {
        attendanceId = attendance.getId();
        providerName = attendance.getProvider().getName();
        countyName = attendance.getProvider().getCounty().getName();
        worthwhile = attendance.getWorthwhile();
        comments = attendance.getComments();
        consentToQuote = attendance.isConsentToQuote();
        quotable = attendance.isQuotable();
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getCountyName() {
        return countyName;
    }

    public Boolean getWorthwhile() {
        return worthwhile;
    }

    public void setWorthwhile(Boolean worthwhile) {
        this.worthwhile = worthwhile;
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
