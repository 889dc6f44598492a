package org.iecmhc.lms.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Lines a spreadsheet reads back as written, and never a formula. */
class CsvWriterTest {

    @Test
    void negativeNumbersStayNumbersButOtherLeadingSignsAreDefused() {
        assertEquals("-3", CsvWriter.escape("-3"));
        assertEquals("'+cmd", CsvWriter.escape("+cmd"));
        assertEquals("'@sum", CsvWriter.escape("@sum"));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndWritesNullAsEmpty() {
        assertEquals("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n",
                CsvWriter.line(Arrays.asList("a", "b, c", "say \"hi\"", "two\nlines", null)));
    }
}
