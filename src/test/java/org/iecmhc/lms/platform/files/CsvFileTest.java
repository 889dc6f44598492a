package org.iecmhc.lms.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final long LIMIT = 1000;

    @Test
    void aCsvOrTextFileWithinTheLimitIsAnImportWhateverTheCaseOfItsName() {
        assertEquals(Optional.empty(), CsvFile.problem("roster.csv", 10, LIMIT));
        assertEquals(Optional.empty(), CsvFile.problem("Calls 2024.TXT", LIMIT, LIMIT));
    }

    @Test
    void aSpreadsheetAPdfOrANameWithoutExtensionIsTheWrongType() {
        assertEquals(Optional.of(CsvFile.Problem.WRONG_TYPE), CsvFile.problem("roster.xlsx", 10, LIMIT));
        assertEquals(Optional.of(CsvFile.Problem.WRONG_TYPE), CsvFile.problem("roster.csv.pdf", 10, LIMIT));
        assertEquals(Optional.of(CsvFile.Problem.WRONG_TYPE), CsvFile.problem("roster", 10, LIMIT));
        assertEquals(Optional.of(CsvFile.Problem.WRONG_TYPE), CsvFile.problem(null, 10, LIMIT));
    }

    @Test
    void aFileOverTheLimitIsTooBig() {
        assertEquals(Optional.of(CsvFile.Problem.TOO_BIG), CsvFile.problem("roster.csv", LIMIT + 1, LIMIT));
    }
}
