package org.iecmhc.lms.platform.errors;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a page request with 404 for a record that does not exist or is not the person's, so that guessing ids
 * reveals nothing; the container shows its not-found page.
 */
public final class PageNotFound {

    private PageNotFound() {
    }

    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
