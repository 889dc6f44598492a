package org.iecmhc.lms.provider;

/** What the registry list is narrowed to; every part may be empty. */
public record ProviderSearch(String text, ProviderKind kind, String countyFips, ServiceLanguage language) {

    public static ProviderSearch everything() {
        return new ProviderSearch(null, null, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
