package org.iecmhc.lms.identity;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.mail.OutboxMail;

/** A single-use link that lets its holder choose the account's password until it expires. Times are UTC. */
@Entity
@Table(name = "account_link")
public class AccountLink extends AuditedRecord {

    @ManyToOne(optional = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;

    @AuditHidden
    private String tokenHash;

    private LocalDateTime createdAt;

    private LocalDateTime expiresAt;

    private LocalDateTime usedAt;

    /**
     * The mail that carried the link (its state tells a failed invitation), as an entity rather than its id: the
     * mail is written with the link, so the sender of thousands of invitations need not flush to learn each id. The
     * outbox may forget a mail (no foreign key); the link then has none.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    private OutboxMail mail;

    protected AccountLink() {
    }

    AccountLink(Account account, LinkPurpose purpose, String tokenHash, OutboxMail mail, LocalDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.mail = mail;
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
