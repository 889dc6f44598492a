package org.iecmhc.lms.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Reading an import file: its header, its rows' problems by line and column, and the file's own limits. */
class ImportFileTest {

    private static final List<String> COLUMNS = List.of("name", "count");

    @Test
    void columnsComeInAnyOrderAndEachBadReadingIsReportedAtItsLine() {
        ImportFile file = ImportFile.read("Count,NAME,extra\n3,Ana,x\n\nmany,,y\n", COLUMNS);
        List<ImportRow> rows = file.rows();
        assertEquals(List.of(2, 4), rows.stream().map(ImportRow::line).toList(), "blank lines keep the numbering");
        assertEquals(3, rows.get(0).optionalNumber("count", 1, 10));
        assertEquals("Ana", rows.get(0).requiredText("name", 10));
        assertNull(rows.get(1).optionalNumber("count", 1, 10));
        assertNull(rows.get(1).requiredText("name", 10));
        assertTrue(rows.get(1).hasProblems() && !rows.get(0).hasProblems());
        assertEquals(List.of("4: count \"many\" is not a whole number from 1 to 10.", "4: name is empty."),
                file.problems().first().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList());
    }

    @Test
    void aFileMissingAColumnEmptyOrTooLongIsOneProblemAndNoRows() {
        assertEquals(List.of("history.import.columns"), keys(ImportFile.read("name\nAna\n", COLUMNS)));
        assertEquals(List.of("history.import.empty"), keys(ImportFile.read("name,count\n", COLUMNS)));
        StringBuilder huge = new StringBuilder("name,count\n");
        huge.append("a\n".repeat(ImportFile.MAX_LINES + 1));
        ImportFile tooLong = ImportFile.read(huge.toString(), COLUMNS);
        assertEquals(List.of("history.import.tooManyLines"), keys(tooLong));
        assertEquals(List.of(), tooLong.rows());
    }

    private static List<String> keys(ImportFile file) {
        return file.problems().first().stream().map(ImportProblem::messageKey).toList();
    }
}
