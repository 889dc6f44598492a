package org.iecmhc.lms.platform.i18n;

import java.util.Locale;

import org.iecmhc.lms.platform.text.Codes;

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

    public String messageKey() {
        return "language." + code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of the code, English for a missing or unknown one. */
    public static Language fromCode(String code) {
        return Codes.find(values(), Language::code, code).orElse(EN);
    }

    /** The supported language closest to the given locale, English when neither matches. */
    public static Language closestTo(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? ES : EN;
    }
}
