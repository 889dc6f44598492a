package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;

/**
 * A download of what a page's filters show, the filters read from its address
 * ({@code /helpline/calls/export?from=2025-07-01&lang=es}) and its headings written in the language {@code lang}
 * names (English when none). A parameter the export cannot take is refused with 400 saying why ({@link BadAddress})
 * before anything is written, so a mangled link never gives half a file.
 *
 * @param <F> what the address asks for: the filter, or the filter with the table and format
 */
public abstract class FilteredExportServlet<F> extends HttpServlet {

    /** What the address asks for; throws {@link InputRejected} with the reason's message key for what it cannot take. */
    protected abstract F read(UnaryOperator<String> parameter, Locale locale);

    /** Writes the export of what was asked. */
    protected abstract void send(F asked, Locale locale, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.fromCode(request.getParameter("lang")).locale();
        F asked;
        try {
            asked = read(request::getParameter, locale);
        } catch (InputRejected rejected) {
            BadAddress.send(request, response, rejected.messageKey());
            return;
        }
        send(asked, locale, response);
    }
}
