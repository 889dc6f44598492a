package org.iecmhc.lms.supervision;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.primefaces.model.LazyDataModel;

/** Supervision sessions: a supervisor's own, or all of them for administrators; newest first unless sorted. */
@Named
@ViewScoped
public class SupervisionSessionsView implements Serializable {

    private static final int MAX_COHORTS = 200;

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;

    private final LazyDataModel<SessionSummary> model = PagedList.sorted(
            () -> supervision.count(viewer.get(), cohortId),
            (first, size, column, ascending) -> supervision.search(viewer.get(), cohortId, column, ascending, first, size),
            SortColumn.sorting(SessionSort.STARTS_AT, false), SessionSummary::id);

    public LazyDataModel<SessionSummary> getModel() {
        return model;
    }

    public List<Cohort> getCohorts() {
        return cohorts.list(0, MAX_COHORTS);
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
