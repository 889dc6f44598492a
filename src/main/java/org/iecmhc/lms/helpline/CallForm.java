package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;
import java.util.List;

import org.iecmhc.lms.provider.ServiceLanguage;

/** A call as typed on the entry form, received-at in Pacific time; {@link CallRules} checks it. */
public record CallForm(LocalDateTime receivedAtPacific, Integer durationMinutes, CallerRole callerRole, String callerKey,
                       Long providerId, String countyFips, ServiceLanguage language, List<Long> topicIds,
                       boolean consultationRecommended, String referrals, boolean followUpNeeded) {
}
