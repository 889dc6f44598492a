package org.iecmhc.lms.consultation.request;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** The administrators' list of consultation requests, those still waiting for a consultant unless asked for all. */
@Named
@ViewScoped
public class RequestsView implements Serializable {

    @Inject
    ConsultationRequests requests;

    @Inject
    CurrentViewer viewer;

    private boolean waiting = true;

    private final LazyDataModel<ConsultationRequest> model = PagedList.of(
            () -> requests.count(viewer.get(), waiting),
            (first, size) -> requests.search(viewer.get(), waiting, first, size), ConsultationRequest::getId);

    public LazyDataModel<ConsultationRequest> getModel() {
        return model;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }
}
