package org.iecmhc.lms.helpline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.text.Xlsx;

/** The statistics tables as CSV (one after another, each under its title) or as Excel (a sheet each). */
final class StatisticsExport {

    private StatisticsExport() {
    }

    /** UTF-8 with a byte order mark so that spreadsheets read the accents of Spanish right. */
    static byte[] csv(List<StatisticsTable> tables, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (StatisticsTable table : tables) {
            if (tables.size() > 1) {
                if (csv.length() > 1) {
                    csv.append("\r\n");
                }
                Csv.appendLine(csv, List.of(table.title()));
            }
            Csv.appendLine(csv, List.of(table.header(), Messages.text(locale, "hlstats.column.calls")));
            table.rows().forEach(row -> Csv.appendLine(csv, List.of(row.label(), String.valueOf(row.calls()))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<StatisticsTable> tables, Locale locale) {
        return Xlsx.write(tables.stream().map(table -> new Xlsx.Sheet(table.title(),
                List.of(table.header(), Messages.text(locale, "hlstats.column.calls")),
                table.rows().stream().map(row -> List.of(row.label(), String.valueOf(row.calls()))).toList()))
                .toList());
    }
}
