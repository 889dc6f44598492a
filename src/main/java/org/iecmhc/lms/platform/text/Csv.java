package org.iecmhc.lms.platform.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes comma-separated text as spreadsheets do (RFC 4180): quoted fields may hold commas, doubled quotes
 * and line breaks. Each row read keeps the number of the line it starts on, so problems can be reported by line.
 */
public final class Csv {

    private Csv() {
    }

    public record Row(int line, List<String> fields) {

        public String field(int index) {
            return index < fields.size() ? fields.get(index).trim() : "";
        }

        /** A loop rather than a stream: an import asks it of every line. */
        public boolean isBlank() {
            for (String field : fields) {
                if (!field.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                line++;
                rowLine = line;
            } else {
                // Up to the end of the field at once: an import reads every character of the file here.
                int end = i + 1;
                while (end < content.length() && !endsField(content.charAt(end))) {
                    end++;
                }
                field.append(content, i, end);
                i = end - 1;
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    private static boolean endsField(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    /**
     * Appends one line of fields, quoted where needed and ended by CRLF. A field that a spreadsheet would run as a
     * formula gets a leading apostrophe, because names and titles are typed by people.
     */
    public static void appendLine(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    public static String field(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
