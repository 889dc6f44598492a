package org.iecmhc.lms.completion;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.web.FormAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A cohort's completion board for its faculty and administrators, with its CSV export and the confirm action. */
@Named
@ViewScoped
public class CompletionBoardView implements Serializable {

    @Inject
    Completions completion;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private String cohortName;
    private boolean available;
    // computed again after the session moved to another cluster member, rather than serialized with it
    private transient List<BoardCohort> cohorts;
    private transient List<Progress> rows;
    private transient List<Progress> filteredRows;

    public void load() {
        if (rows != null) {
            return;
        }
        cohorts = completion.cohortsFollowedBy(viewer.get());
        if (cohortId == null && !cohorts.isEmpty()) {
            cohortId = cohorts.get(0).id();
        }
        refresh();
    }

    /** The administrator confirmed the dialog: completes the trainee if eligible, or says why not. */
    public void complete(long enrollmentId) {
        FormAction.done(() -> completion.confirm(viewer.get(), enrollmentId), FormAction.toMessage(null),
                "completion.completed");
        refresh();
    }

    public StreamedContent getCsv() {
        byte[] bytes = ("\uFEFF" + CompletionCsv.write(rows, Messages::text)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("completion-" + cohortName + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private void refresh() {
        filteredRows = null;
        available = false;
        rows = List.of();
        if (cohortId == null) {
            return;
        }
        try {
            completion.board(viewer.get(), cohortId).ifPresent(found -> {
                // PrimeFaces sorts the table's list in place while no filter is active: it must be modifiable
                rows = new ArrayList<>(found);
                available = true;
            });
        } catch (CompletionRejected notYours) {
            return;
        }
        cohortName = cohorts == null ? "" : cohorts.stream().filter(c -> cohortId.equals(c.id()))
                .map(BoardCohort::name).findFirst().orElse("");
    }

    /** Asked once a request, not for each row: the container answers a role through its authorization provider. */
    public boolean isAdministrator() {
        return viewer.hasRole(Roles.ADMINISTRATOR);
    }

    public ProgressStatus[] getStatuses() {
        return ProgressStatus.values();
    }

    public List<BoardCohort> getCohorts() {
        return cohorts;
    }

    public List<Progress> getRows() {
        return rows;
    }

    public List<Progress> getFilteredRows() {
        return filteredRows;
    }

    public void setFilteredRows(List<Progress> filteredRows) {
        this.filteredRows = filteredRows;
    }

    public boolean isAvailable() {
        return available;
    }

    public String getCohortName() {
        return cohortName;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
