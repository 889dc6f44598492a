package org.iecmhc.lms.consultation;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The assignment list: a consultant's own assignments, or all of them for administrators; latest start first. */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    @Inject
    ConsultationAssignments assignments;

    @Inject
    CurrentViewer viewer;

    private AssignmentStatus status;
    private ConsultationLevel level;
    private String county;

    private final LazyDataModel<ConsultationAssignment> model = PagedList.of(
            () -> assignments.count(viewer.get(), filter()),
            (first, size) -> assignments.search(viewer.get(), filter(), first, size), ConsultationAssignment::getId);

    private AssignmentFilter filter() {
        return new AssignmentFilter(status, level, county);
    }

    public LazyDataModel<ConsultationAssignment> getModel() {
        return model;
    }

    public AssignmentStatus[] getStatuses() {
        return AssignmentStatus.values();
    }

    public ConsultationLevel[] getLevels() {
        return ConsultationLevel.values();
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssignmentStatus status) {
        this.status = status;
    }

    public ConsultationLevel getLevel() {
        return level;
    }

    public void setLevel(ConsultationLevel level) {
        this.level = level;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }
}
