package org.iecmhc.lms.platform.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.persistence.DatabaseProbe;

/**
 * Answers the failures every page can meet in one place, so that no view has code for them:
 * <ul>
 * <li>a concurrent edit ({@link Failures#isRecordChangedMeanwhile}) re-renders the same page with everything typed
 * still in the fields, a translated message and a link that reloads the record ({@code layout.xhtml});</li>
 * <li>an unreachable database gets the {@link Unavailable} answer.</li>
 * </ul>
 * Everything else goes on to PrimeFaces' handler (error pages of web.xml).
 */
public class FacesFailureHandler extends ExceptionHandlerWrapper {

    /** Request attribute holding the address that reloads the page; the layout shows the reload link when it is set. */
    public static final String RELOAD_URL = "lmsReloadUrl";

    public FacesFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (Failures.isDatabaseUnavailable(failure)
                    || !Failures.isRecordChangedMeanwhile(failure) && DatabaseProbe.isUnreachable()) {
                events.remove();
                answerUnavailable(faces);
            } else if (Failures.isRecordChangedMeanwhile(failure) && faces.getViewRoot() != null
                    && !faces.getResponseComplete()) {
                events.remove();
                offerReload(faces);
            }
        }
        getWrapped().handle();
    }

    private static void offerReload(FacesContext faces) {
        String viewId = faces.getViewRoot().getViewId();
        String reload = faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, Map.of(), true);
        faces.getExternalContext().getRequestMap().put(RELOAD_URL, reload);
        if (faces.getPartialViewContext().isAjaxRequest()) {
            // The message and link sit in the layout, outside whatever the Ajax request meant to update.
            faces.getPartialViewContext().setRenderAll(true);
        }
        faces.renderResponse();
    }

    private static void answerUnavailable(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (faces.getResponseComplete() || external.isResponseCommitted()) {
            return;
        }
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                // Part of a partial response may already be buffered; the redirect must be the whole of it.
                external.responseReset();
                external.redirect(external.getRequestContextPath() + Unavailable.PAGE);
                faces.responseComplete();
            } else if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                external.setResponseHeader("Retry-After", Unavailable.RETRY_AFTER_SECONDS);
                external.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
                faces.responseComplete();
            } else {
                // A form post failed before rendering: the container's error page would be a post-back of a view
                // it never saw, so the page is rendered here, in this request.
                Unavailable.answer((HttpServletResponse) external.getResponse());
                faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, Unavailable.PAGE));
                faces.renderResponse();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
