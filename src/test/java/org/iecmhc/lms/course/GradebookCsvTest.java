package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.iecmhc.lms.platform.text.Csv;
import org.junit.jupiter.api.Test;

/** The gradebook export quotes what must be quoted and never hands a spreadsheet a formula. */
class GradebookCsvTest {

    @Test
    void writesOneLinePerTraineeWithTotals() {
        Gradebook gradebook = new Gradebook(1, "Foundations", 70,
                List.of(new Gradebook.Column(1, "Reflection, part 1", 10), new Gradebook.Column(2, "=HYPERLINK(\"x\")", 5)),
                List.of(new Gradebook.Row(7, "María López", "maria@example.org",
                        Arrays.asList(new Gradebook.Cell(SubmissionStatus.GRADED, new BigDecimal("8.00"), true), null),
                        new BigDecimal("8.00"), new BigDecimal("53.3"))));
        String csv = GradebookCsv.write(gradebook, key -> key.substring(key.lastIndexOf('.') + 1));
        assertEquals("trainee,email,\"Reflection, part 1 (10)\",\"'=HYPERLINK(\"\"x\"\") (5)\",total (15),percent\r\n"
                + "María López,maria@example.org,8,,8,53.3\r\n", csv);
    }

    @Test
    void negativeNumbersStayNumbersButOtherLeadingSignsAreDefused() {
        assertEquals("-3", Csv.escape("-3"));
        assertEquals("'+cmd", Csv.escape("+cmd"));
        assertEquals("'@sum", Csv.escape("@sum"));
    }
}
