package org.iecmhc.lms.provider;

/** A language a provider works in, as the service tiers record it: English, Spanish or another language. */
public enum ServiceLanguage {
    EN, ES, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "serviceLanguage." + code();
    }
}
