package org.iecmhc.lms.consultation.request;

/** What the helpline hands over: the provider from the registry or only its name, the county and the needs. */
public record HandOffDetails(Long providerId, String providerName, String countyFips, String needs) {
}
