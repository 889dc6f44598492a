package org.iecmhc.lms.practicum;

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

/** The placements of the cohorts the person manages, by trainee, filtered by cohort and status, paged in the database. */
@Named
@ViewScoped
public class PlacementsView implements Serializable {

    @Inject
    Placements placements;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private PlacementStatus status;
    private List<Cohort> cohorts;

    private final LazyDataModel<Placement> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) placements.count(email(), filter());
        }

        @Override
        public List<Placement> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return placements.search(email(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Placement placement) {
            return String.valueOf(placement.getId());
        }
    };

    private PlacementFilter filter() {
        return new PlacementFilter(cohortId, status);
    }

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<Placement> getModel() {
        return model;
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = placements.cohorts(email());
        }
        return cohorts;
    }

    public PlacementStatus[] getStatuses() {
        return PlacementStatus.values();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public void setStatus(PlacementStatus status) {
        this.status = status;
    }
}
