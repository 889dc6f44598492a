package org.iecmhc.lms.course;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.iecmhc.lms.platform.text.Csv;

/** A gradebook as CSV for spreadsheets (see {@link Csv#line}). */
public final class GradebookCsv {

    private GradebookCsv() {
    }

    /** Headers and status words come translated through the function given (a message key to its text). */
    public static String write(Gradebook gradebook, Function<String, String> text) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(text.apply("gradebook.trainee"), text.apply("gradebook.email")));
        gradebook.columns().forEach(c -> header.add(c.title() + " (" + c.maxPoints() + ")"));
        header.add(text.apply("gradebook.total") + " (" + gradebook.getPossiblePoints() + ")");
        header.add(text.apply("gradebook.percent"));
        Csv.line(csv, header);
        for (Gradebook.Row row : gradebook.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.name(), row.email()));
            for (Gradebook.Cell cell : row.cells()) {
                fields.add(cellText(cell, text));
            }
            fields.add(number(row.total()));
            fields.add(row.percent().toPlainString());
            Csv.line(csv, fields);
        }
        return csv.toString();
    }

    private static String cellText(Gradebook.Cell cell, Function<String, String> text) {
        if (cell == null) {
            return "";
        }
        if (cell.status() == SubmissionStatus.GRADED) {
            return number(cell.points());
        }
        return text.apply(cell.status().messageKey());
    }

    /** 7.00 from the database is written 7, and 7.50 as 7.5. */
    private static String number(java.math.BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
