package org.iecmhc.lms.offering;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.provider.Provider;

/** A provider's registration for one offering, reached by its holder only through the links mailed to them. */
@Entity
@Table(name = "offering_registration")
public class Registration extends AuditedRecord {

    /** What an erased registrant's name and program read. */
    static final String ANONYMISED = "(anonymised)";

    /** Both open a registrant's links (the id is in every public address): the audit log keeps neither. */
    @AuditHidden
    private String publicId;
    @AuditHidden
    private String secret;
    private String offeringKind;
    private long offeringId;
    private String name;
    private String email;
    private String program;

    @ManyToOne
    private Provider provider;

    @ManyToOne(optional = false)
    private County county;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Enumerated(EnumType.STRING)
    private RegistrationState state;

    private LocalDateTime registeredAt;
    private LocalDateTime confirmedAt;
    private LocalDateTime cancelledAt;
    private LocalDateTime remindedAt;

    protected Registration() {
    }

    Registration(Offering offering, RegistrantDetails details, County county, Provider provider, String publicId,
                 String secret, LocalDateTime now) {
        this.publicId = publicId;
        this.secret = secret;
        this.offeringKind = offering.kind();
        this.offeringId = offering.id();
        this.name = details.name().strip();
        this.email = details.email().strip();
        this.program = details.program().strip();
        this.provider = provider;
        this.county = county;
        this.role = details.role();
        this.language = details.language();
        this.state = RegistrationState.AWAITING_CONFIRMATION;
        this.registeredAt = now;
    }

    /** The address is confirmed: a seat when one is free, else a place on the waiting list. */
    void confirm(boolean seatFree, LocalDateTime now) {
        state = seatFree ? RegistrationState.CONFIRMED : RegistrationState.WAITING;
        confirmedAt = now;
    }

    /** The registry's entry for the program the registrant named, once there is one. */
    void matchedTo(Provider provider) {
        this.provider = provider;
    }

    void moveUp() {
        state = RegistrationState.CONFIRMED;
    }

    void cancel(LocalDateTime now) {
        state = RegistrationState.CANCELLED;
        cancelledAt = now;
    }

    void reminded(LocalDateTime now) {
        remindedAt = now;
    }

    /**
     * Erases who registered, keeping what the figures count (the offering, county, role, language, state and the
     * program's registry entry); a new secret stops every link mailed to them.
     */
    void anonymise(String placeholderEmail, String newSecret) {
        name = ANONYMISED;
        email = placeholderEmail;
        program = ANONYMISED;
        secret = newSecret;
    }

    @Override
    public String auditLabel() {
        return "registration for " + offeringKind + "-" + offeringId + " " + state;
    }

    public String getPublicId() {
        return publicId;
    }

    String getSecret() {
        return secret;
    }

    public String getOfferingKind() {
        return offeringKind;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getProgram() {
        return program;
    }

    public Provider getProvider() {
        return provider;
    }

    public County getCounty() {
        return county;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public Language getLanguage() {
        return language;
    }

    public RegistrationState getState() {
        return state;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }
}
