package org.iecmhc.lms.helpline;

import java.util.List;
import java.util.Set;

import org.iecmhc.lms.provider.ServiceLanguage;

/** A referral resource as typed; {@link ReferralDirectory} checks it. Counties by FIPS code, topics by id. */
public record ResourceDetails(String name, ResourceKind kind, List<String> countyFips, Set<ServiceLanguage> languages,
                              List<Long> topicIds, String contact) {
}
