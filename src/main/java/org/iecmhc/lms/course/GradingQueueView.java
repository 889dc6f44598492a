package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The faculty member's grading queue, oldest first, paged in the database. */
@Named
@ViewScoped
public class GradingQueueView implements Serializable {

    @Inject
    GradingService grading;

    @Inject
    CurrentViewer viewer;

    private final LazyDataModel<QueueEntry> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) grading.queueSize(email());
        }

        @Override
        public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return grading.queue(email(), first, pageSize);
        }

        @Override
        public String getRowKey(QueueEntry entry) {
            return String.valueOf(entry.submissionId());
        }
    };

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<QueueEntry> getModel() {
        return model;
    }
}
