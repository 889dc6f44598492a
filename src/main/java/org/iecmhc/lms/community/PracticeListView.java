package org.iecmhc.lms.community;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

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

    private final LazyDataModel<PracticeSeries> model = PagedList.of(
            () -> communities.count(viewer.get(), cohortId),
            (first, size) -> communities.search(viewer.get(), cohortId, first, size), PracticeSeries::getId);

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
