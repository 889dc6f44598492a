package org.iecmhc.lms.supervision;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortService;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Supervision sessions: a supervisor's own, or all of them for administrators; newest first unless sorted. */
@Named
@ViewScoped
public class SupervisionSessionsView implements Serializable {

    private static final int MAX_COHORTS = 200;

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;

    private final LazyDataModel<SessionSummary> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) supervision.count(viewer.get(), cohortId);
        }

        @Override
        public List<SessionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            SessionSort column = sort == null ? SessionSort.STARTS_AT : SessionSort.fromField(sort.getField());
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return supervision.search(viewer.get(), cohortId, column, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(SessionSummary summary) {
            return String.valueOf(summary.id());
        }
    };

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
