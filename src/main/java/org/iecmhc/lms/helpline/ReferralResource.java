package org.iecmhc.lms.helpline;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A place the helpline refers callers to. Serving no county in particular means serving the whole state. Deactivated
 * rather than deleted once a call refers to it, so that past referrals keep their resource.
 */
@Entity
@Table(name = "referral_resource")
public class ReferralResource extends AuditedRecord {

    private String name;

    @Enumerated(EnumType.STRING)
    private ResourceKind kind;

    private String contact;

    private boolean active = true;

    /** Read for all the resources of a page in one statement each, as the directory shows them on every row. */
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "referral_resource_county", joinColumns = @JoinColumn(name = "resource_id"),
            inverseJoinColumns = @JoinColumn(name = "county_fips"))
    private Set<County> counties = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "referral_resource_language", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private Set<ServiceLanguage> languages = EnumSet.noneOf(ServiceLanguage.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "referral_resource_topic", joinColumns = @JoinColumn(name = "resource_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<HelplineTopic> topics = new HashSet<>();

    protected ReferralResource() {
    }

    ReferralResource(ResourceDetails details, Set<County> counties, Set<HelplineTopic> topics) {
        describe(details, counties, topics);
    }

    void describe(ResourceDetails details, Set<County> counties, Set<HelplineTopic> topics) {
        this.name = details.name();
        this.kind = details.kind();
        this.contact = details.contact();
        this.counties.clear();
        this.counties.addAll(counties);
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.topics.clear();
        this.topics.addAll(topics);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getContact() {
        return contact;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isStatewide() {
        return counties.isEmpty();
    }

    /** The counties served, by name, for the directory's rows. */
    public List<County> getCounties() {
        return counties.stream().sorted(Comparator.comparing(County::getName)).toList();
    }

    public List<ServiceLanguage> getLanguages() {
        return languages.stream().sorted().toList();
    }

    public List<HelplineTopic> getTopics() {
        return topics.stream().sorted(Comparator.comparingInt(HelplineTopic::getPosition)).toList();
    }
}
