package org.iecmhc.lms.course;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A gradebook as CSV (RFC 4180, UTF-8) for spreadsheets. A cell that a spreadsheet would run as a formula gets a
 * leading apostrophe, because names and titles are typed by people.
 */
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
        line(csv, header);
        for (Gradebook.Row row : gradebook.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.name(), row.email()));
            for (Gradebook.Cell cell : row.cells()) {
                fields.add(cellText(cell, text));
            }
            fields.add(number(row.total()));
            fields.add(row.percent().toPlainString());
            line(csv, fields);
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

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String escape(String field) {
        String value = field == null ? "" : field;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
