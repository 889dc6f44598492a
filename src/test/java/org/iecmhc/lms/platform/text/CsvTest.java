package org.iecmhc.lms.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksKeepingLineNumbers() {
        List<Csv.Row> rows = Csv.read("a,b,c\r\n1,\"two, \"\"quoted\"\"\",3\n\"multi\nline\",x,y\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("1", "two, \"quoted\"", "3"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals("multi\nline", rows.get(2).field(0));
        assertEquals(3, rows.get(2).line());
    }

    @Test
    void ignoresAByteOrderMarkAndReadsALastLineWithoutNewline() {
        List<Csv.Row> rows = Csv.read("\uFEFFname,county\nAna,Fresno");
        assertEquals("name", rows.get(0).field(0));
        assertEquals("Fresno", rows.get(1).field(1));
        assertEquals("", rows.get(1).field(5), "a missing field reads as empty");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertEquals(List.of("a\"b", "c\"\"", "x", " \"y\"", "z"), Csv.read("a\"b,c\"\",\"\"x, \"y\",z\r\n").get(0).fields());
    }

    @Test
    void blankRowsAreRecognised() {
        List<Csv.Row> rows = Csv.read("a,b\n,\n");
        assertTrue(rows.get(1).isBlank());
    }

    @Test
    void writesQuotedFieldsThatReadBackAndDefusesFormulasButNotNegativeNumbers() {
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, List.of("O'Neal, Karen", "say \"hi\"", "-3", "+cmd", "@sum"));
        assertEquals("\"O'Neal, Karen\",\"say \"\"hi\"\"\",-3,'+cmd,'@sum\r\n", csv.toString());
        assertEquals(List.of("O'Neal, Karen", "say \"hi\"", "-3", "'+cmd", "'@sum"), Csv.read(csv.toString()).get(0).fields());
    }
}
