package org.iecmhc.lms.consultation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
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

    private final LazyDataModel<ConsultationAssignment> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) assignments.count(viewer.get(), filter());
        }

        @Override
        public List<ConsultationAssignment> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                 Map<String, FilterMeta> filterBy) {
            return assignments.search(viewer.get(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ConsultationAssignment assignment) {
            return String.valueOf(assignment.getId());
        }
    };

    private AssignmentFilter filter() {
        return new AssignmentFilter(status, level, county);
    }

    public LazyDataModel<ConsultationAssignment> getModel() {
        return model;
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
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
