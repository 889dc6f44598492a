package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What makes a cohort's description acceptable, field by field. */
class CohortDetailsTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    @Test
    void aCompleteDescriptionIsAccepted() {
        assertDoesNotThrow(() -> new CohortDetails("2026-2027", START, END, InstructionLanguage.BILINGUAL, 25).check());
    }

    @Test
    void eachProblemIsReportedAtItsField() {
        assertRejected("name", "cohort.name.required", new CohortDetails(" ", START, END, InstructionLanguage.EN, 25));
        assertRejected("name", "cohort.name.tooLong", new CohortDetails("x".repeat(101), START, END, InstructionLanguage.EN, 25));
        assertRejected("startDate", "cohort.startDate.required", new CohortDetails("c", null, END, InstructionLanguage.EN, 25));
        assertRejected("endDate", "cohort.endDate.beforeStart", new CohortDetails("c", START, START, InstructionLanguage.EN, 25));
        assertRejected("language", "cohort.language.required", new CohortDetails("c", START, END, null, 25));
        assertRejected("capacity", "cohort.capacity.range", new CohortDetails("c", START, END, InstructionLanguage.EN, 0));
        assertRejected("capacity", "cohort.capacity.range", new CohortDetails("c", START, END, InstructionLanguage.EN, null));
    }

    @Test
    void languageCodesAreTheApiOnes() {
        assertEquals(InstructionLanguage.BILINGUAL, InstructionLanguage.fromCode(" Bilingual ").orElseThrow());
        assertEquals(InstructionLanguage.ES, InstructionLanguage.fromCode("es").orElseThrow());
        assertEquals(java.util.Optional.empty(), InstructionLanguage.fromCode("fr"));
    }

    private static void assertRejected(String field, String key, CohortDetails details) {
        CohortRejected rejected = assertThrows(CohortRejected.class, details::check);
        assertEquals(field, rejected.field());
        assertEquals(key, rejected.messageKey());
    }
}
