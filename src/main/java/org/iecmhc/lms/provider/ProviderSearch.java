package org.iecmhc.lms.provider;

/**
 * What the registry list is narrowed to; every part may be empty. {@code unconfirmedOnly} keeps the programs
 * registrants added that staff have not yet confirmed or merged.
 */
public record ProviderSearch(String text, ProviderKind kind, String countyFips, ServiceLanguage language,
                             boolean unconfirmedOnly) {

    public ProviderSearch(String text, ProviderKind kind, String countyFips, ServiceLanguage language) {
        this(text, kind, countyFips, language, false);
    }

    public static ProviderSearch everything() {
        return new ProviderSearch(null, null, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
