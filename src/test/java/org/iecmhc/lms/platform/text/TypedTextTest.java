package org.iecmhc.lms.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void namesWithNulOrDirectionOverridesAreRefused() {
        assertTrue(TypedText.hasControlCharacters("Ana\u0000", false));
        assertTrue(TypedText.hasControlCharacters("Ana \u202Egpj.exe", false));
        assertTrue(TypedText.hasControlCharacters("Ana \u2066x\u2069", false));
        assertTrue(TypedText.hasControlCharacters("Ana\u007F", false));
        assertFalse(TypedText.hasControlCharacters("María José Núñez-O'Brien", false));
        assertFalse(TypedText.hasControlCharacters(null, false));
    }

    @Test
    void lineBreaksAreTextOnlyWhereTheFieldHasSeveralLines() {
        assertTrue(TypedText.hasControlCharacters("one\nline", false));
        assertFalse(TypedText.hasControlCharacters("first line\r\nsecond\tline", true));
        assertTrue(TypedText.hasControlCharacters("first line\u0000", true));
    }

    @Test
    void optionalTextIsStoredTrimmedAndBlankAsNone() {
        assertEquals("Fresno", TypedText.trimmedOrNull("  Fresno \n"));
        assertNull(TypedText.trimmedOrNull(" \t "));
        assertNull(TypedText.trimmedOrNull(null));
    }

    @Test
    void aLimitCountsTheTrimmedTextAndRefusesWithTheFeaturesRejection() {
        assertTrue(TypedText.fits("  " + "x".repeat(10) + "  ", 10));
        assertTrue(TypedText.fits(null, 10));
        assertFalse(TypedText.fits("x".repeat(11), 10));
        TypedText.requireFits("x".repeat(10), 10, InputRejected::new, "title", "title.tooLong");
        InputRejected tooLong = assertThrows(InputRejected.class,
                () -> TypedText.requireFits("x".repeat(11), 10, InputRejected::new, "title", "title.tooLong"));
        assertEquals("title", tooLong.field());
        assertEquals("title.tooLong", tooLong.messageKey());
    }

    @Test
    void onlyUtf8IsRead() {
        assertEquals("José, sí", Utf8.decode("José, sí".getBytes(StandardCharsets.UTF_8)));
        InputRejected latin1 = assertThrows(InputRejected.class,
                () -> Utf8.decode("José, sí".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Utf8.NOT_UTF8, latin1.messageKey());
    }

    @Test
    void namesAreComparedInLowerCaseWithSingleSpaces() {
        assertEquals("staff wellness", TypedText.lowerSingleSpaced("  Staff \t\r\n Wellness "));
        assertEquals("biting", TypedText.lowerSingleSpaced("BITING"));
        assertEquals("", TypedText.lowerSingleSpaced(" \u000B\f "));
    }
}
