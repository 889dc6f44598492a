package org.iecmhc.lms.provider;

/** A provider not yet in the registry, as typed where they join a session or series on the spot. */
public record NewProvider(String name, ProviderKind kind, String countyFips) {
}
