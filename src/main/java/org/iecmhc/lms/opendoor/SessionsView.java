package org.iecmhc.lms.opendoor;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The Open-Door session list: a consultant's own sessions, or all of them for administrators; newest first. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    @Inject
    OpenDoorSessions sessions;

    @Inject
    CurrentViewer viewer;

    private ServiceLanguage language;

    private final LazyDataModel<OpenDoorSession> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) sessions.count(viewer.get(), language);
        }

        @Override
        public List<OpenDoorSession> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return sessions.search(viewer.get(), language, first, pageSize);
        }

        @Override
        public String getRowKey(OpenDoorSession session) {
            return String.valueOf(session.getId());
        }
    };

    public LazyDataModel<OpenDoorSession> getModel() {
        return model;
    }

    public ServiceLanguage[] getLanguages() {
        return new ServiceLanguage[] {ServiceLanguage.EN, ServiceLanguage.ES};
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }
}
