package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceLanguage;

/** One call to the helpline. Received-at is stored in UTC; people see and type Pacific time. */
@Entity
@Table(name = "helpline_call")
public class HelplineCall extends AuditedRecord {

    private LocalDateTime receivedAt;

    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    private CallerRole callerRole;

    @AuditHidden
    private String callerKey;

    /** Batch-read like the topics: the API's call list names each call's provider. */
    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    private Provider provider;

    @ManyToOne(optional = false)
    private County county;

    @Enumerated(EnumType.STRING)
    private ServiceLanguage language;

    private boolean consultationRecommended;

    @AuditHidden
    private String referrals;

    private boolean followUpNeeded;

    /** Derived from received-at whenever it changes; kept as a column so lists can filter on it cheaply. */
    private boolean outsideHours;

    /** Read for all the calls of a query in one statement, not one per call (a list page shows them all). */
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "helpline_call_topic", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<HelplineTopic> topics = new HashSet<>();

    /** The directory's resources the caller was referred to; {@link #referrals} keeps free text for the rare other. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "helpline_call_referral", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "resource_id"))
    private Set<ReferralResource> referred = new HashSet<>();

    protected HelplineCall() {
    }

    HelplineCall(CallRecord record, County county, Provider provider, Set<HelplineTopic> topics) {
        describe(record, county, provider, topics);
    }

    void describe(CallRecord record, County county, Provider provider, Set<HelplineTopic> topics) {
        this.receivedAt = record.receivedAtUtc();
        this.outsideHours = HelplineHours.isOutside(receivedAt);
        this.durationMinutes = record.durationMinutes();
        this.callerRole = record.callerRole();
        this.callerKey = record.callerKey();
        this.provider = provider;
        this.county = county;
        this.language = record.language();
        this.consultationRecommended = record.consultationRecommended();
        this.referrals = record.referrals();
        this.followUpNeeded = record.followUpNeeded();
        this.topics.clear();
        this.topics.addAll(topics);
    }

    void referTo(Set<ReferralResource> resources) {
        referred.clear();
        referred.addAll(resources);
    }

    @Override
    public String auditLabel() {
        return "call of " + receivedAt + " UTC";
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDateTime getReceivedAtPacific() {
        return PacificTime.fromUtc(receivedAt);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public CallerRole getCallerRole() {
        return callerRole;
    }

    public String getCallerKey() {
        return callerKey;
    }

    public Provider getProvider() {
        return provider;
    }

    public County getCounty() {
        return county;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public boolean isConsultationRecommended() {
        return consultationRecommended;
    }

    public String getReferrals() {
        return referrals;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public boolean isOutsideHours() {
        return outsideHours;
    }

    public Set<HelplineTopic> getTopics() {
        return Set.copyOf(topics);
    }

    /** The topics in the order of the topic list. */
    public List<HelplineTopic> topicsInOrder() {
        return topics.stream().sorted(Comparator.comparingInt(HelplineTopic::getPosition)).toList();
    }

    /** The topics' names in the reader's language and the topic list's order, for the call list's column. */
    public String topicNames(Locale locale) {
        return topicsInOrder().stream().map(topic -> topic.name(locale)).collect(Collectors.joining(", "));
    }

    public Set<ReferralResource> getReferred() {
        return Set.copyOf(referred);
    }
}
