package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.i18n.Language;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.iecmhc.lms.notification.Recipient;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.security.Roles;

/** A person who signs in. Times are UTC. */
@Entity
@Table(name = "account")
public class Account extends AuditedRecord {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private String email;

    private String firstName;

    private String lastName;

    @AuditHidden
    private String passwordHash;

    private String preferredLanguage = Language.EN.code();

    private boolean active = true;

    private int failedAttempts;

    private LocalDateTime lockedUntil;

    private boolean passwordChangeRequired;

    /** Off for a person who signs in only through the identity provider (single sign-on): no password opens it. */
    private boolean passwordSignIn = true;

    private LocalDateTime createdAt;

    /** Raised by every change of what the person may do; open sessions signed in with an older value end. */
    @AuditHidden
    private long securityStamp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String firstName, String lastName, LocalDateTime createdAt) {
        this.email = normalizeEmail(email);
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.createdAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the fifth in a row locks the account for fifteen minutes. */
    void recordFailedSignIn(LocalDateTime now) {
        if (isLocked(now)) {
            return;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCKOUT);
            failedAttempts = 0;
        }
    }

    void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void setPasswordHash(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
        securityStamp++;
    }

    void rename(String firstName, String lastName) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
    }

    /** Sessions carry the email they signed in with, so a new one ends them too. */
    void changeEmail(String email) {
        String normalized = normalizeEmail(email);
        if (!normalized.equals(this.email)) {
            this.email = normalized;
            securityStamp++;
        }
    }

    void setRoles(Set<Role> roles) {
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
            securityStamp++;
        }
    }

    void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            securityStamp++;
        }
    }

    /** A password that no longer opens the account must not keep open what it opened: its API sign-ins, say. */
    void setPasswordSignIn(boolean passwordSignIn) {
        if (this.passwordSignIn != passwordSignIn) {
            this.passwordSignIn = passwordSignIn;
            securityStamp++;
        }
    }

    void setPreferredLanguage(Language language) {
        this.preferredLanguage = language.code();
    }

    /**
     * Replaces everything that identifies the person by a placeholder and closes the account for good: the
     * password becomes an unknowable hash. Roles stay, so that counts of trainees remain right.
     */
    void anonymise(String placeholderEmail, String unknowablePasswordHash) {
        email = placeholderEmail;
        firstName = "Anonymised";
        lastName = "person " + getId();
        passwordHash = unknowablePasswordHash;
        passwordChangeRequired = true;
        active = false;
        failedAttempts = 0;
        lockedUntil = null;
        securityStamp++;
    }

    @Override
    public String auditLabel() {
        return email;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Language getPreferredLanguage() {
        return Language.fromCode(preferredLanguage);
    }

    /** This person as notifications address them. */
    public Recipient recipient() {
        return new Recipient(getId(), email, getPreferredLanguage());
    }

    public boolean isActive() {
        return active;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isPasswordSignIn() {
        return passwordSignIn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    long getSecurityStamp() {
        return securityStamp;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
