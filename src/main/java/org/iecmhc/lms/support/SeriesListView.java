package org.iecmhc.lms.support;

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

/** The Community of Support list: a consultant's own series, or all of them for administrators; newest first. */
@Named
@ViewScoped
public class SeriesListView implements Serializable {

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    CurrentViewer viewer;

    private ServiceLanguage language;

    private final LazyDataModel<SupportSeries> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) communities.count(viewer.get(), language);
        }

        @Override
        public List<SupportSeries> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return communities.search(viewer.get(), language, first, pageSize);
        }

        @Override
        public String getRowKey(SupportSeries series) {
            return String.valueOf(series.getId());
        }
    };

    public LazyDataModel<SupportSeries> getModel() {
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
