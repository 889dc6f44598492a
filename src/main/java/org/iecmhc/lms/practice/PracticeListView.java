package org.iecmhc.lms.practice;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The Community of Practice series a faculty member runs, or all of them for administrators, by cohort. */
@Named
@ViewScoped
public class PracticeListView implements Serializable {

    @Inject
    CommunitiesOfPractice communities;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private List<Cohort> cohorts;

    private final LazyDataModel<PracticeSeries> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) communities.count(viewer.get(), cohortId);
        }

        @Override
        public List<PracticeSeries> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return communities.search(viewer.get(), cohortId, first, pageSize);
        }

        @Override
        public String getRowKey(PracticeSeries series) {
            return String.valueOf(series.getId());
        }
    };

    public LazyDataModel<PracticeSeries> getModel() {
        return model;
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = communities.cohorts(viewer.get());
        }
        return cohorts;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
