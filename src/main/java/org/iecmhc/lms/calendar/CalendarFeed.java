package org.iecmhc.lms.calendar;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** The secret address of one person's calendar feed; replacing the token revokes the old address. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends AuditedRecord {

    @OneToOne(optional = false)
    private Account account;

    @AuditHidden
    private String token;

    private LocalDateTime createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Account account, String token, LocalDateTime createdAt) {
        this.account = account;
        replace(token, createdAt);
    }

    void replace(String token, LocalDateTime createdAt) {
        this.token = token;
        this.createdAt = createdAt;
    }

    /** Never the token: the audit log must not hand out working feed addresses. */
    @Override
    public String auditLabel() {
        return "calendar feed of " + account.getEmail();
    }

    public Account getAccount() {
        return account;
    }

    public String getToken() {
        return token;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
