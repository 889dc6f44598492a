package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;
import java.util.List;

import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A call as typed on the entry form, received-at in Pacific time; {@link CallRules} checks it. The directory's
 * resources the caller was referred to are named by id.
 */
public record CallForm(LocalDateTime receivedAtPacific, Integer durationMinutes, CallerRole callerRole, String callerKey,
                       Long providerId, String countyFips, ServiceLanguage language, List<Long> topicIds,
                       boolean consultationRecommended, String referrals, boolean followUpNeeded,
                       List<Long> referredIds) {

    public CallForm {
        referredIds = referredIds == null ? List.of() : List.copyOf(referredIds);
    }

    /** A call referred to no resource of the directory. */
    public CallForm(LocalDateTime receivedAtPacific, Integer durationMinutes, CallerRole callerRole, String callerKey,
                    Long providerId, String countyFips, ServiceLanguage language, List<Long> topicIds,
                    boolean consultationRecommended, String referrals, boolean followUpNeeded) {
        this(receivedAtPacific, durationMinutes, callerRole, callerKey, providerId, countyFips, language, topicIds,
                consultationRecommended, referrals, followUpNeeded, List.of());
    }
}
