package org.iecmhc.lms.platform.i18n;

import java.util.Locale;

/** The languages the Network works in; every page exists in both. */
public enum Language {
    EN("en"), ES("es");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return EN;
    }

    /** The supported language closest to the given locale, English when neither matches. */
    public static Language closestTo(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? ES : EN;
    }
}
