package org.iecmhc.lms.helpline;

import java.time.LocalDate;

import org.iecmhc.lms.provider.ServiceLanguage;

/** What the call list is narrowed to; dates are Pacific calendar days, both ends included; any part may be empty. */
public record CallFilter(LocalDate from, LocalDate to, String countyFips, ServiceLanguage language, Long topicId,
                         Boolean consultationRecommended, CallerRole callerRole) {

    /** The list page's filters, which do not narrow by caller role. */
    public CallFilter(LocalDate from, LocalDate to, String countyFips, ServiceLanguage language, Long topicId,
                      Boolean consultationRecommended) {
        this(from, to, countyFips, language, topicId, consultationRecommended, null);
    }

    public static CallFilter everything() {
        return new CallFilter(null, null, null, null, null, null);
    }
}
