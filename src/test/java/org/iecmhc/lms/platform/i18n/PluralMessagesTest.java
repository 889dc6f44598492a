package org.iecmhc.lms.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Counts read as a person would write them: one entry, two entries; una entrada, dos entradas. */
class PluralMessagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void approvedEntriesAreCountedInTheSingularAndThePlural() {
        assertEquals("One entry was approved.", Messages.text(Locale.ENGLISH, "practicum.review.approvedMany", 1));
        assertEquals("3 entries were approved.", Messages.text(Locale.ENGLISH, "practicum.review.approvedMany", 3));
        assertEquals("Se aprobó una entrada.", Messages.text(SPANISH, "practicum.review.approvedMany", 1));
        assertEquals("Se aprobaron 1.200 entradas.", Messages.text(SPANISH, "practicum.review.approvedMany", 1200));
    }
}
