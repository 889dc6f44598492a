package org.iecmhc.lms.platform.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as spreadsheets write it (RFC 4180): quoted fields may hold commas, doubled quotes
 * and line breaks. Each row keeps the number of the line it starts on, so problems can be reported by line.
 */
public final class Csv {

    private Csv() {
    }

    public record Row(int line, List<String> fields) {

        public String field(int index) {
            return index < fields.size() ? fields.get(index).trim() : "";
        }

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Writes one line (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula gets a leading apostrophe,
     * because names and titles are typed by people.
     */
    public static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(fields.get(i)));
        }
        csv.append("\r\n");
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
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
