package org.iecmhc.lms.provider;

import java.util.Set;

/** What is typed about a provider on the registry form (the county as its FIPS code). */
public record ProviderDetails(String name, ProviderKind kind, String countyFips, String city, String licenseNumber,
                              String contactName, String contactPhone, String contactEmail,
                              Set<ServiceLanguage> languages) {
}
