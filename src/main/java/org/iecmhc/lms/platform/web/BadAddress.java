package org.iecmhc.lms.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A download address the application cannot read (an id that is no record's number, a filter that is none of its
 * values) answered 400 by the error page of web.xml, which says why in the reader's language: a person who followed
 * a mangled link learns it is the link, not a missing record or a failure.
 */
public final class BadAddress {

    /** The request attribute holding the message key of the reason, read by {@code /error/bad-request.xhtml}. */
    public static final String REASON = "lmsBadAddressReason";
    /** The reason for an id that is not a whole number from 1 that fits a long. */
    public static final String ID = "error.badRequest.id";

    private BadAddress() {
    }

    /** Answers 400 through the error page, with the translated text of {@code messageKey}. */
    public static void send(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        request.setAttribute(REASON, messageKey);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
