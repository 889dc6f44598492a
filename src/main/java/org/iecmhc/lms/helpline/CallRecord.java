package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;
import java.util.List;

import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A checked call, ready to store: from the entry form or from one line of an import. The county and topics are
 * already resolved to their keys (FIPS code, topic ids).
 */
public record CallRecord(LocalDateTime receivedAtUtc, int durationMinutes, CallerRole callerRole, String callerKey,
                         Long providerId, String countyFips, ServiceLanguage language, List<Long> topicIds,
                         boolean consultationRecommended, String referrals, boolean followUpNeeded) {
}
