package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.Csv;

/**
 * One record's lines as a CSV download ({@code /feature/attendance.csv?session=40}), such as an attendance export.
 * The record is looked up only through the feature's own access rule, so a missing record and one the viewer may not
 * open answer 404 alike, as the record's page does, and nothing tells them apart; an id that no record can have (not
 * a whole number from 1 that fits a long, or none) is the link's fault and answers 400 saying so.
 *
 * @param <T> the record exported
 */
public abstract class CsvExportServlet<T> extends HttpServlet {

    private final String parameter;
    private final String fileStem;
    private final List<String> columns;

    @Inject
    CurrentViewer viewer;

    /** The file is named {@code fileStem-id.csv}; {@code columns} is its header line. */
    protected CsvExportServlet(String parameter, String fileStem, List<String> columns) {
        this.parameter = parameter;
        this.fileStem = fileStem;
        this.columns = List.copyOf(columns);
    }

    /** The record, if it exists and the viewer may open it. */
    protected abstract Optional<T> find(Viewer viewer, long id);

    /** The lines after the header, fields in the order of the columns. */
    protected abstract List<List<String>> lines(Viewer viewer, T record);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer who = viewer.get();
        Optional<Long> id = Download.id(request.getParameter(parameter));
        if (id.isEmpty()) {
            BadAddress.send(request, response, BadAddress.ID);
            return;
        }
        Optional<T> shown = find(who, id.get());
        if (shown.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, columns);
        lines(who, shown.get()).forEach(line -> Csv.appendLine(csv, line));
        Download.send(response, "text/csv; charset=UTF-8", fileStem + "-" + id.get() + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A yes/no answer as the history imports read it; empty when not given. */
    protected static String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? "yes" : "no";
    }
}
