package org.iecmhc.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shared entry is one line of text, so that the data grid never needs the application's classes. */
class SharedSignInsTest {

    @Test
    void anEntryComesBackAsItWasShared() {
        SharedSignIns.Entry entry = new SharedSignIns.Entry(
                new SignedInCaller("maría.lópez@example.org", Set.of("TRAINEE", "FACULTY"), 42), "es");
        assertEquals(Optional.of(entry), SharedSignIns.Entry.parse(entry.format()));
        assertTrue(entry.format().length() < 100, entry.format());
    }

    @Test
    void anEntryWithoutLanguageOrRolesComesBackSo() {
        SharedSignIns.Entry entry = new SharedSignIns.Entry(new SignedInCaller("a@example.org", Set.of(), -1), null);
        assertEquals(Optional.of(entry), SharedSignIns.Entry.parse(entry.format()));
    }

    @Test
    void aMalformedEntrySignsNobodyIn() {
        assertEquals(Optional.empty(), SharedSignIns.Entry.parse("not a stamp\ten\tTRAINEE\ta@example.org"));
        assertEquals(Optional.empty(), SharedSignIns.Entry.parse("7\ten"));
    }
}
