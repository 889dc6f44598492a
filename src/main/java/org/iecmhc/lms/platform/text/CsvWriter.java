package org.iecmhc.lms.platform.text;

import java.util.List;

/**
 * Writes comma-separated lines (RFC 4180) for spreadsheets. A cell that a spreadsheet would run as a formula gets
 * a leading apostrophe, because names, titles and notes are typed by people.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** One line with its CRLF ending. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String escape(String field) {
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
