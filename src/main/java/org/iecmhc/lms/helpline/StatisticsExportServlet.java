package org.iecmhc.lms.helpline;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.text.Xlsx;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.web.BadAddress;
import org.iecmhc.lms.platform.web.Download;

/**
 * Downloads of the helpline statistics:
 * {@code /helpline/statistics/export?from=2025-07-01&to=2026-06-30&table=all&format=xlsx&lang=es}. Tables are all,
 * topic, role, county, language and hour; formats csv and xlsx; a missing day is the current fiscal year's first
 * or last. Helpline staff and administrators reach it (web.xml guards /helpline/*).
 */
@WebServlet("/helpline/statistics/export")
public class StatisticsExportServlet extends HttpServlet {

    @Inject
    CallStatistics statistics;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.fromCode(request.getParameter("lang")).locale();
        String format = String.valueOf(request.getParameter("format"));
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            BadAddress.send(request, response, "hlstats.export.format.unknown");
            return;
        }
        Optional<List<StatisticsTable>> tables;
        try {
            FiscalYear year = FiscalYear.current(clock);
            LocalDate first = CallFilter.day(request::getParameter, "from");
            LocalDate last = CallFilter.day(request::getParameter, "to");
            tables = StatisticsTable.chosen(StatisticsTable.all(statistics.of(first == null ? year.firstDay() : first,
                    last == null ? year.dayAfter().minusDays(1) : last), locale),
                    String.valueOf(request.getParameter("table")));
        } catch (InputRejected rejected) {
            BadAddress.send(request, response, rejected.messageKey());
            return;
        }
        if (tables.isEmpty()) {
            BadAddress.send(request, response, "hlstats.export.table.unknown");
            return;
        }
        String name = "helpline-statistics-" + request.getParameter("table") + "." + format;
        if ("csv".equals(format)) {
            Download.send(response, "text/csv; charset=UTF-8", name, StatisticsExport.csv(tables.get(), locale));
        } else {
            Download.send(response, Xlsx.CONTENT_TYPE, name, StatisticsExport.xlsx(tables.get(), locale));
        }
    }

}
