package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

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

    private final LazyDataModel<Placement> model = PagedList.of(
            () -> placements.count(email(), filter()),
            (first, size) -> placements.search(email(), filter(), first, size), Placement::getId);

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
