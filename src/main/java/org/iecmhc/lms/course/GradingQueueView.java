package org.iecmhc.lms.course;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** The faculty member's grading queue, oldest first, paged in the database. */
@Named
@ViewScoped
public class GradingQueueView implements Serializable {

    @Inject
    Grades grading;

    @Inject
    CurrentViewer viewer;

    private final LazyDataModel<QueueEntry> model = PagedList.of(
            () -> grading.queueSize(email()), (first, size) -> grading.queue(email(), first, size),
            QueueEntry::submissionId);

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<QueueEntry> getModel() {
        return model;
    }
}
