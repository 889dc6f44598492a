package org.iecmhc.lms.provider;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.text.TypedText;

/** A child care program or provider: a center, a family child care home, or a family/friend/neighbor caregiver. */
@Entity
@Table(name = "provider")
public class Provider extends AuditedRecord {

    private String name;

    @Enumerated(EnumType.STRING)
    private ProviderKind kind;

    @ManyToOne(optional = false)
    private County county;

    private String city;

    private String licenseNumber;

    private String contactName;

    private String contactPhone;

    private String contactEmail;

    private boolean active = true;

    /** False while a registrant's program awaits staff, who confirm it or merge it into the entry it really is. */
    private boolean confirmed = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_language", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private Set<ServiceLanguage> languages = EnumSet.noneOf(ServiceLanguage.class);

    protected Provider() {
    }

    public Provider(ProviderDetails details, County county) {
        describe(details, county);
    }

    void describe(ProviderDetails details, County county) {
        this.name = details.name().trim();
        this.kind = details.kind();
        this.county = county;
        this.city = TypedText.trimmedOrNull(details.city());
        this.licenseNumber = TypedText.trimmedOrNull(details.licenseNumber());
        this.contactName = TypedText.trimmedOrNull(details.contactName());
        this.contactPhone = TypedText.trimmedOrNull(details.contactPhone());
        this.contactEmail = TypedText.trimmedOrNull(details.contactEmail());
        this.languages.clear();
        this.languages.addAll(details.languages());
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void unconfirmed() {
        this.confirmed = false;
    }

    void confirm() {
        this.confirmed = true;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public County getCounty() {
        return county;
    }

    public String getCity() {
        return city;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public Set<ServiceLanguage> getLanguages() {
        return Set.copyOf(languages);
    }
}
