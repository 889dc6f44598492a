package org.iecmhc.lms.opendoor;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.primefaces.model.LazyDataModel;

/** The Open-Door session list: a consultant's own sessions, or all of them for administrators; newest first. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    @Inject
    OpenDoorSessions sessions;

    @Inject
    CurrentViewer viewer;

    private ServiceLanguage language;

    private final LazyDataModel<OpenDoorSession> model = PagedList.of(
            () -> sessions.count(viewer.get(), language),
            (first, size) -> sessions.search(viewer.get(), language, first, size), OpenDoorSession::getId);

    public LazyDataModel<OpenDoorSession> getModel() {
        return model;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }
}
