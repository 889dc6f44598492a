package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;

/** The fast call-entry form: everything reachable by keyboard, received-at defaulting to now in Pacific time. */
@Named
@ViewScoped
public class CallEntryView implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    HelplineCalls calls;

    @Inject
    ProviderRegistry providers;

    @Inject
    Clock clock;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private LocalDateTime receivedAt;
    private Integer durationMinutes;
    private CallerRole callerRole;
    private String callerKey;
    private Provider provider;
    private String countyFips;
    private ServiceLanguage language;
    private Long[] topicIds = {};
    private boolean consultationRecommended;
    private String referrals;
    private boolean followUpNeeded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            receivedAt = nowPacific();
            return;
        }
        calls.find(id).ifPresentOrElse(this::fill, () -> notFound = true);
    }

    private void fill(HelplineCall call) {
        version = call.getVersion();
        receivedAt = call.getReceivedAtPacific();
        durationMinutes = call.getDurationMinutes();
        callerRole = call.getCallerRole();
        callerKey = call.getCallerKey();
        provider = call.getProvider();
        countyFips = call.getCounty().getFips();
        language = call.getLanguage();
        topicIds = call.getTopics().stream().map(HelplineTopic::getId).toArray(Long[]::new);
        consultationRecommended = call.isConsultationRecommended();
        referrals = call.getReferrals();
        followUpNeeded = call.isFollowUpNeeded();
    }

    /** Saves, then clears the form for the next call (a correction goes back to the list instead). */
    public String save() {
        CallForm form = new CallForm(receivedAt, durationMinutes, callerRole, callerKey,
                provider == null ? null : provider.getId(), countyFips, language, Arrays.asList(topicIds),
                consultationRecommended, referrals, followUpNeeded);
        HelplineCall saved;
        try {
            saved = id == null ? calls.record(form) : calls.correct(id, version, form);
        } catch (InputRejected rejected) {
            Messages.reject("call", rejected);
            return null;
        }
        if (id != null) {
            Messages.infoAcrossRedirect("helpline.call.saved");
            return "/helpline/calls.xhtml?faces-redirect=true";
        }
        Messages.infoAcrossRedirect(saved.isOutsideHours() ? "helpline.call.recordedOutsideHours" : "helpline.call.recorded");
        return "/helpline/call.xhtml?faces-redirect=true";
    }

    public List<Provider> suggestProviders(String text) {
        return providers.suggest(text, SUGGESTIONS);
    }

    public boolean isOutsideHours() {
        return receivedAt != null && HelplineHours.isOutside(PacificTime.toUtc(receivedAt));
    }

    public List<HelplineTopic> getTopics() {
        return calls.activeTopics();
    }

    public CallerRole[] getCallerRoles() {
        return CallerRole.values();
    }

    public ServiceLanguage[] getLanguages() {
        return ServiceLanguage.values();
    }

    public LocalDateTime getMaxReceivedAt() {
        return nowPacific();
    }

    private LocalDateTime nowPacific() {
        return PacificTime.fromUtc(LocalDateTime.now(clock)).truncatedTo(ChronoUnit.MINUTES);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public CallerRole getCallerRole() {
        return callerRole;
    }

    public void setCallerRole(CallerRole callerRole) {
        this.callerRole = callerRole;
    }

    public String getCallerKey() {
        return callerKey;
    }

    public void setCallerKey(String callerKey) {
        this.callerKey = callerKey;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }

    public Long[] getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(Long[] topicIds) {
        this.topicIds = topicIds;
    }

    public boolean isConsultationRecommended() {
        return consultationRecommended;
    }

    public void setConsultationRecommended(boolean consultationRecommended) {
        this.consultationRecommended = consultationRecommended;
    }

    public String getReferrals() {
        return referrals;
    }

    public void setReferrals(String referrals) {
        this.referrals = referrals;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public void setFollowUpNeeded(boolean followUpNeeded) {
        this.followUpNeeded = followUpNeeded;
    }
}
