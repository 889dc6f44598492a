package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.i18n.Language;

import java.util.Set;

/** What an administrator types about a person on the account form. */
public record AccountDetails(String email, String firstName, String lastName, Language language, Set<Role> roles) {
}
