package org.iecmhc.lms.platform.security;

import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in person's {@link PersonalFigure}s as the security stamp check read them at the start of this request.
 * Kept for a GET only: a postback's action may change a figure (mark notifications read, say) before the page shows
 * it, so there a figure is absent and its page counts it itself, after the action, as it did before.
 */
@RequestScoped
public class PersonalFigures {

    private Map<String, Long> figures = Map.of();

    /** Keeps the figures read with the request's stamp, if the request is a GET. */
    public void keep(HttpServletRequest request, CurrentStamp stamp) {
        if ("GET".equals(request.getMethod())) {
            figures = stamp.figures();
        }
    }

    /** The figure read with this request's stamp; empty when the request had no such read. */
    public OptionalLong of(String name) {
        Long figure = figures.get(name);
        return figure == null ? OptionalLong.empty() : OptionalLong.of(figure);
    }
}
