package org.iecmhc.lms.opendoor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;

/**
 * A provider who came to a session, with their answer to "was it worthwhile?" (empty until they answer) and any
 * comment; a comment is quotable in reports only with the participant's recorded consent.
 */
@Entity
@Table(name = "open_door_attendance")
public class OpenDoorAttendance extends AuditedRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private OpenDoorSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    private Boolean worthwhile;

    private String comments;

    @Column(name = "consent_to_quote")
    private boolean consentToQuote;

    private boolean quotable;

    protected OpenDoorAttendance() {
    }

    OpenDoorAttendance(OpenDoorSession session, Provider provider) {
        this.session = session;
        this.provider = provider;
    }

    void rate(Boolean worthwhile, String comments, boolean consentToQuote, boolean quotable) {
        this.worthwhile = worthwhile;
        this.comments = TypedText.trimmedOrNull(comments);
        this.consentToQuote = consentToQuote;
        this.quotable = quotable;
    }

    @Override
    public String auditLabel() {
        return provider.getName() + " at session " + session.getId();
    }

    public OpenDoorSession getSession() {
        return session;
    }

    public Provider getProvider() {
        return provider;
    }

    public Boolean getWorthwhile() {
        return worthwhile;
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
