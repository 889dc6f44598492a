package org.iecmhc.lms.platform.errors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter its view cannot convert ({@code ?course=abc}, an id past the range of a number) is
 * answered as an unknown record: 404 and the not-found page. Otherwise Faces would skip the page's load action and
 * render it without its record. Declared in faces-config.xml, so every page with {@code f:viewParam} is covered.
 * <p>
 * On a first request (not a post-back) the only inputs Faces converts are the view parameters, so a failed
 * validation there can only be one of them.
 */
public class MalformedAddressParameters implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            PageNotFound.send();
        }
    }
}
