package org.iecmhc.lms.support;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.primefaces.model.LazyDataModel;

/** The Community of Support list: a consultant's own series, or all of them for administrators; newest first. */
@Named
@ViewScoped
public class SeriesListView implements Serializable {

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    CurrentViewer viewer;

    private ServiceLanguage language;

    private final LazyDataModel<SupportSeries> model = PagedList.of(
            () -> communities.count(viewer.get(), language),
            (first, size) -> communities.search(viewer.get(), language, first, size), SupportSeries::getId);

    public LazyDataModel<SupportSeries> getModel() {
        return model;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }
}
