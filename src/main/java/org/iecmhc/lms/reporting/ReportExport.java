package org.iecmhc.lms.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.text.Xlsx;

/** Writes any report table as CSV, Excel or PDF, so that every report offers the same three downloads. */
public final class ReportExport {

    private ReportExport() {
    }

    public static byte[] write(ReportTable table, ExportFormat format) {
        return switch (format) {
            case CSV -> csv(table);
            case XLSX -> excel(table);
            case PDF -> ReportPdf.write(table);
        };
    }

    /** UTF-8 with a byte order mark so that spreadsheets read the accents of Spanish right. */
    static byte[] csv(ReportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.appendLine(csv, table.headers());
        table.rows().forEach(row -> Csv.appendLine(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] excel(ReportTable table) {
        return Xlsx.write(List.of(new Xlsx.Sheet(table.title(), table.headers(), table.rows())));
    }
}
