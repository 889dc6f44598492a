package org.iecmhc.lms.identity;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A single-use link that lets its holder choose the account's password until it expires. Times are UTC. */
@Entity
@Table(name = "account_link")
public class AccountLink extends AuditedRecord {

    @ManyToOne(optional = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;

    private String tokenHash;

    private LocalDateTime createdAt;

    private LocalDateTime expiresAt;

    private LocalDateTime usedAt;

    private Long mailId;

    protected AccountLink() {
    }

    AccountLink(Account account, LinkPurpose purpose, String tokenHash, long mailId, LocalDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.mailId = mailId;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validFor());
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    void use(LocalDateTime now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }

    /** Never the token, which is not stored anyway: who the link is for and why. */
    @Override
    public String auditLabel() {
        return purpose.name().toLowerCase(java.util.Locale.ROOT) + " link of " + account.getEmail();
    }
}
