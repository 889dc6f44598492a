package org.iecmhc.lms.platform.web;

import java.util.function.ToLongFunction;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.i18n.Messages;

/** A public page's action past its client's rate limit: the same answer on every page that has one. */
public final class TooManyRequests {

    private static final int STATUS = 429;

    private TooManyRequests() {
    }

    /**
     * Takes this request from the throttle (which answers 0, or the seconds to wait); past the limit the page answers
     * 429 with {@code Retry-After} and the translated "too many requests", and the caller does nothing more.
     */
    public static boolean refusedBy(ToLongFunction<HttpServletRequest> throttle) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        long wait = throttle.applyAsLong((HttpServletRequest) external.getRequest());
        if (wait == 0) {
            return false;
        }
        external.setResponseStatus(STATUS);
        external.setResponseHeader("Retry-After", String.valueOf(wait));
        Messages.error(null, "error.tooManyRequests");
        return true;
    }
}
