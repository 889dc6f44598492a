package org.iecmhc.lms.reporting;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.platform.web.BadAddress;
import org.iecmhc.lms.platform.web.Download;

/**
 * Downloads of every report table: {@code /reporting/export?report=impact&format=xlsx&from=2021-2022&to=2023-2024&lang=es}.
 * Reports are impact, reach, race, language (with an optional cohort) and completion; formats csv, xlsx and pdf.
 * Only administrators reach it (web.xml guards /reporting/*).
 */
@WebServlet("/reporting/export")
public class ReportExportServlet extends HttpServlet {

    @Inject
    ReportTables tables;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.fromCode(request.getParameter("lang")).locale();
        Optional<ExportFormat> format = ExportFormat.of(request.getParameter("format"));
        if (format.isEmpty()) {
            BadAddress.send(request, response, "reports.export.format.unknown");
            return;
        }
        ReportTable table;
        try {
            table = table(request, locale);
        } catch (InputRejected rejected) {
            if ("reports.cohort.unknown".equals(rejected.messageKey())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                BadAddress.send(request, response, rejected.messageKey());
            }
            return;
        }
        byte[] file = ReportExport.write(table, format.get());
        Download.send(response, format.get().contentType(), request.getParameter("report") + "." + format.get().extension(),
                file);
    }

    private ReportTable table(HttpServletRequest request, Locale locale) {
        String report = String.valueOf(request.getParameter("report"));
        return switch (report) {
            case "impact" -> tables.impact(years(request), locale);
            case "reach" -> tables.reach(years(request), locale);
            case "race", "language" -> {
                Cohort cohort = tables.cohort(request.getParameter("cohort"));
                String name = cohort == null ? Messages.text(locale, "reports.demographics.allCohorts") : cohort.getName();
                Demographics counts = tables.demographics(cohort);
                yield "race".equals(report) ? tables.raceEthnicity(counts, name, locale) : tables.language(counts, name, locale);
            }
            case "completion" -> tables.completion(locale);
            default -> throw new ReportRejected("report", "reports.export.report.unknown");
        };
    }

    private FiscalYears years(HttpServletRequest request) {
        return FiscalYears.parseOrDefault(request.getParameter("from"), request.getParameter("to"), clock);
    }

}
