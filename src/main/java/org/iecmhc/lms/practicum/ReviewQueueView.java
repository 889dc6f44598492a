package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** The faculty member's queue of log entries to review, the latest first, paged and sorted in the database. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    @Inject
    LogReview review;

    @Inject
    Placements placements;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private LocalDate day;
    private String trainee;
    private List<Cohort> cohorts;
    private List<ReviewRow> selection = new ArrayList<>();
    private ReviewRow returning;
    private String comment;

    private final LazyDataModel<ReviewRow> model = PagedList.sorted(
            () -> review.queueSize(email(), filter()),
            (first, size, column, ascending) -> review.queue(email(), filter(), column, ascending, first, size),
            new PagedList.Sorting<>(ReviewSort.DATE, false, ReviewSort::fromField), ReviewRow::entryId);

    public void approve(ReviewRow row) {
        try {
            review.approve(email(), row.entryId(), row.version());
        } catch (PracticumRejected rejected) {
            Messages.error(null, rejected.messageKey());
            return;
        }
        selection.remove(row);
        Messages.info("practicum.review.approved");
    }

    public void approveSelected() {
        if (selection.isEmpty()) {
            Messages.error(null, "practicum.review.noneSelected");
            return;
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        selection.forEach(row -> versions.put(row.entryId(), row.version()));
        try {
            int approved = review.approveAll(email(), versions);
            Messages.info("practicum.review.approvedMany", approved);
        } catch (PracticumRejected rejected) {
            Messages.error(null, rejected.messageKey());
            return;
        }
        selection = new ArrayList<>();
    }

    /** Opens the return dialog for the entry; the comment is asked for there. */
    public void startReturn(ReviewRow row) {
        returning = row;
        comment = null;
    }

    public void giveBack() {
        if (FormAction.done(() -> review.giveBack(email(), returning.entryId(), returning.version(), comment),
                FormAction.toFields("giveBack"), "practicum.review.returned")) {
            selection.remove(returning);
            returning = null;
            comment = null;
            PrimeFaces.current().executeScript("PF('returnDialog').hide()");
        }
    }

    private ReviewFilter filter() {
        return new ReviewFilter(cohortId, day, trainee);
    }

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<ReviewRow> getModel() {
        return model;
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = placements.cohorts(email());
        }
        return cohorts;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTrainee() {
        return trainee;
    }

    public void setTrainee(String trainee) {
        this.trainee = trainee;
    }

    public List<ReviewRow> getSelection() {
        return selection;
    }

    public void setSelection(List<ReviewRow> selection) {
        this.selection = selection;
    }

    public ReviewRow getReturning() {
        return returning;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
