package org.iecmhc.lms.identity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A token that lets a program call the API as its account, within its scopes, through its expiry day (California
 * date). The token itself is shown once at creation and never stored. Times are UTC.
 */
@Entity
@Table(name = "access_token")
public class AccessToken extends AuditedRecord {

    @ManyToOne(optional = false)
    private Account account;

    private String name;

    private String scopes;

    @AuditHidden
    private String tokenHash;

    private LocalDateTime createdAt;

    private LocalDate expiresOn;

    private LocalDateTime lastUsedAt;

    protected AccessToken() {
    }

    AccessToken(Account account, AccessTokenDetails details, String tokenHash, LocalDateTime now) {
        this.account = account;
        this.name = details.name().trim();
        this.scopes = ApiScope.format(details.scopes());
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresOn = details.expiresOn();
    }

    /** Expired from the day after its expiry day. */
    public boolean isExpired(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Set<ApiScope> getScopes() {
        return ApiScope.parse(scopes);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    String getTokenHash() {
        return tokenHash;
    }

    /** Its name and account, never the token nor its hash. */
    @Override
    public String auditLabel() {
        return "access token " + name + " of " + account.getEmail();
    }
}
