package org.iecmhc.lms.helpline;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.Xlsx;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.web.Download;
import org.iecmhc.lms.platform.web.FilteredExportServlet;

/**
 * Downloads of the helpline statistics:
 * {@code /helpline/statistics/export?from=2025-07-01&to=2026-06-30&table=all&format=xlsx&lang=es}. Tables are all,
 * topic, role, county, language and hour; formats csv and xlsx; a missing day is the current fiscal year's first
 * or last. Helpline staff and administrators reach it (web.xml guards /helpline/*).
 */
@WebServlet("/helpline/statistics/export")
public class StatisticsExportServlet extends FilteredExportServlet<StatisticsExportServlet.Asked> {

    @Inject
    CallStatistics statistics;

    @Inject
    Clock clock;

    /** The tables asked for, the file's name and whether it is CSV (else Excel). */
    record Asked(List<StatisticsTable> tables, String name, boolean csv) {
    }

    @Override
    protected Asked read(UnaryOperator<String> parameter, Locale locale) {
        String format = String.valueOf(parameter.apply("format"));
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InputRejected("format", "hlstats.export.format.unknown");
        }
        FiscalYear year = FiscalYear.current(clock);
        LocalDate first = CallFilter.day(parameter, "from");
        LocalDate last = CallFilter.day(parameter, "to");
        String table = parameter.apply("table");
        List<StatisticsTable> tables = StatisticsTable.chosen(StatisticsTable.all(statistics.of(
                first == null ? year.firstDay() : first, last == null ? year.dayAfter().minusDays(1) : last), locale),
                String.valueOf(table)).orElseThrow(() -> new InputRejected("table", "hlstats.export.table.unknown"));
        return new Asked(tables, "helpline-statistics-" + table + "." + format, "csv".equals(format));
    }

    @Override
    protected void send(Asked asked, Locale locale, HttpServletResponse response) throws IOException {
        if (asked.csv()) {
            Download.send(response, "text/csv; charset=UTF-8", asked.name(),
                    StatisticsExport.csv(asked.tables(), locale));
        } else {
            Download.send(response, Xlsx.CONTENT_TYPE, asked.name(), StatisticsExport.xlsx(asked.tables(), locale));
        }
    }
}
