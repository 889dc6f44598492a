package org.iecmhc.lms.helpline;

import java.io.IOException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.web.BadAddress;
import org.iecmhc.lms.platform.web.Download;

/**
 * The call list as CSV, every call its filters show:
 * {@code /helpline/calls/export?from=2025-07-01&county=06019&lang=es}, the parameters of {@link CallFilter#query()}. Helpline staff and administrators reach it (web.xml guards
 * /helpline/*).
 */
@WebServlet("/helpline/calls/export")
public class CallListExportServlet extends HttpServlet {

    @Inject
    HelplineCalls calls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.fromCode(request.getParameter("lang")).locale();
        CallFilter filter;
        try {
            filter = CallFilter.of(request::getParameter);
        } catch (InputRejected rejected) {
            BadAddress.send(request, response, rejected.messageKey());
            return;
        }
        if (calls.count(filter) > Conditions.COUNT_LIMIT) {
            BadAddress.send(request, response, "hlstats.export.tooMany");
            return;
        }
        CallListCsv.write(calls, filter, locale,
                Download.stream(response, "text/csv; charset=UTF-8", "helpline-calls.csv"));
    }
}
