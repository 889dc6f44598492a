package org.iecmhc.lms.helpline;

import java.io.IOException;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.web.Download;
import org.iecmhc.lms.platform.web.FilteredExportServlet;

/**
 * The call list as CSV, every call its filters show:
 * {@code /helpline/calls/export?from=2025-07-01&county=06019&lang=es}, the parameters of {@link CallFilter#query()}. Helpline staff and administrators reach it (web.xml guards
 * /helpline/*).
 */
@WebServlet("/helpline/calls/export")
public class CallListExportServlet extends FilteredExportServlet<CallFilter> {

    @Inject
    HelplineCalls calls;

    /** A filter that matches more calls than a list may hold is refused, as the list refuses it. */
    @Override
    protected CallFilter read(UnaryOperator<String> parameter, Locale locale) {
        CallFilter filter = CallFilter.of(parameter);
        if (calls.count(filter) > Conditions.COUNT_LIMIT) {
            throw new InputRejected(null, "hlstats.export.tooMany");
        }
        return filter;
    }

    @Override
    protected void send(CallFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        CallListCsv.write(calls, filter, locale,
                Download.stream(response, "text/csv; charset=UTF-8", "helpline-calls.csv"));
    }
}
