package org.iecmhc.lms.offering;

import org.iecmhc.lms.platform.i18n.Language;

/**
 * What a provider gives when registering. {@code website} is the honeypot: a field people never see, which only a
 * bot that fills in every field fills in.
 */
public record RegistrantDetails(String name, String email, String program, String countyFips, ParticipantRole role,
                                Language language, String website) {
}
