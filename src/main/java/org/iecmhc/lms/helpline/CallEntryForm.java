package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.Reach;

/** The call-entry form as typed: a new call received at a given time, or a recorded call being corrected. */
public class CallEntryForm implements Serializable {

    private long version;
    private LocalDateTime receivedAt;
    private Integer durationMinutes;
    private CallerRole callerRole;
    private String callerKey;
    private Provider provider;
    private Reach reach = new Reach();
    private Long[] topicIds = {};
    private boolean consultationRecommended;
    private String referrals;
    private boolean followUpNeeded;
    private Long[] referredIds = {};

    static CallEntryForm receivedAt(LocalDateTime pacific) {
        CallEntryForm form = new CallEntryForm();
        form.receivedAt = pacific;
        return form;
    }

    static CallEntryForm of(HelplineCall call) {
        CallEntryForm form = receivedAt(call.getReceivedAtPacific());
        form.version = call.getVersion();
        form.durationMinutes = call.getDurationMinutes();
        form.callerRole = call.getCallerRole();
        form.callerKey = call.getCallerKey();
        form.provider = call.getProvider();
        form.reach = Reach.of(call.getCounty().getFips(), call.getLanguage());
        form.topicIds = call.getTopics().stream().map(HelplineTopic::getId).toArray(Long[]::new);
        form.consultationRecommended = call.isConsultationRecommended();
        form.referrals = call.getReferrals();
        form.followUpNeeded = call.isFollowUpNeeded();
        form.referredIds = call.getReferred().stream().map(ReferralResource::getId).toArray(Long[]::new);
        return form;
    }

    CallForm details() {
        return new CallForm(receivedAt, durationMinutes, callerRole, callerKey, provider == null ? null : provider.getId(),
                reach.getCountyFips(), reach.getLanguage(), Arrays.asList(topicIds), consultationRecommended, referrals, followUpNeeded,
                Arrays.asList(referredIds));
    }

    long version() {
        return version;
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

    public Reach getReach() {
        return reach;
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

    public Long[] getReferredIds() {
        return referredIds;
    }

    public void setReferredIds(Long[] referredIds) {
        this.referredIds = referredIds;
    }
}
