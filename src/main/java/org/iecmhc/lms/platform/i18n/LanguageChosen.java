package org.iecmhc.lms.platform.i18n;


/** A signed-in person switched language; identity remembers it on the account. */
public record LanguageChosen(String email, Language language) {
}
