package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The gradebook export quotes what must be quoted and never hands a spreadsheet a formula. */
class GradebookCsvTest {

    private static final LocalDateTime DUE = LocalDateTime.of(2026, 2, 10, 1, 0);

    @Test
    void writesOneLinePerTraineeWithTotals() {
        Gradebook gradebook = new Gradebook(1, "Foundations", 70,
                List.of(new Gradebook.Column(1, "Reflection, part 1", 10, DUE), new Gradebook.Column(2, "=HYPERLINK(\"x\")", 5, DUE)),
                List.of(new Gradebook.Row(7, "María López", "maria@example.org",
                        Arrays.asList(new Gradebook.Cell(1, SubmissionStatus.GRADED, new BigDecimal("8.00"), true), null),
                        new BigDecimal("8.00"), new BigDecimal("53.3"))));
        String csv = GradebookCsv.write(gradebook, key -> key.substring(key.lastIndexOf('.') + 1));
        assertEquals("trainee,email,\"Reflection, part 1 (10)\",\"'=HYPERLINK(\"\"x\"\") (5)\",total (15),percent\r\n"
                + "María López,maria@example.org,8,,8,53.3\r\n", csv);
    }
}
