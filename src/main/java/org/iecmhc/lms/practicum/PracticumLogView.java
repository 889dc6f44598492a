package org.iecmhc.lms.practicum;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.PageNotFound;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * A placement's practicum log: the trainee logs, corrects and deletes entries and sees the faculty's comments; the
 * cohort's faculty and administrators read it. Without a placement named, a trainee sees their latest placement.
 */
@Named
@ViewScoped
public class PracticumLogView implements Serializable {

    @Inject
    Placements placements;

    @Inject
    PracticumLog log;

    @Inject
    CurrentViewer viewer;

    private Long placementId;
    private boolean loaded;
    private Placement placement;
    private boolean owner;
    private List<Placement> mine;
    private LogTotals totals;

    private EntryForm form = new EntryForm();

    private final LazyDataModel<LogEntry> model = PagedList.of(
            () -> placement == null ? 0 : log.count(email(), placement.getId()),
            (first, size) -> placement == null ? List.of() : log.entries(email(), placement.getId(), first, size),
            LogEntry::getId);

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (viewer.hasRole(Roles.TRAINEE)) {
            mine = placements.mine(email());
        }
        if (placementId == null && mine != null && !mine.isEmpty()) {
            placementId = mine.get(0).getId();
        }
        if (placementId != null) {
            placement = placements.find(email(), placementId).orElse(null);
            if (placement == null) {
                PageNotFound.send();
                return;
            }
            owner = mine != null && mine.stream().anyMatch(p -> p.getId().equals(placementId));
        }
    }

    public void save() {
        Runnable save = form.isEditing() ? () -> log.change(email(), form.entryId(), form.version(), form.details())
                : () -> log.log(email(), placement.getId(), form.details());
        if (FormAction.done(save, FormAction.toFields("entry"),
                form.isEditing() ? "practicum.entry.changed" : "practicum.entry.saved")) {
            form = new EntryForm();
            totals = null;
        }
    }

    /** Puts an entry into the form to correct it. */
    public void edit(long entryId) {
        try {
            form = EntryForm.of(log.own(email(), entryId));
        } catch (PracticumRejected gone) {
            Messages.error(null, gone.messageKey());
        }
    }

    public void cancel() {
        form = new EntryForm();
    }

    public void remove(long entryId) {
        try {
            log.remove(email(), entryId);
        } catch (PracticumRejected rejected) {
            Messages.error(null, rejected.messageKey());
            return;
        }
        if (Long.valueOf(entryId).equals(form.entryId())) {
            form = new EntryForm();
        }
        totals = null;
        Messages.info("practicum.entry.removed");
    }

    /** The export, with a byte-order mark so that spreadsheet programs read Spanish notes as UTF-8. */
    public StreamedContent getCsv() {
        byte[] bytes = ("\uFEFF" + LogCsv.write(log.all(email(), placement.getId()), Messages::text))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("practicum-log-" + placement.getId() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<LogEntry> getModel() {
        return model;
    }

    public LogTotals getTotals() {
        if (totals == null) {
            totals = placement == null ? LogTotals.NONE : log.totals(email(), placement.getId());
        }
        return totals;
    }

    public Placement getPlacement() {
        return placement;
    }

    public List<Placement> getMine() {
        return mine == null ? List.of() : mine;
    }

    public boolean isOwner() {
        return owner;
    }

    public EntryForm getForm() {
        return form;
    }

    public PracticumActivity[] getActivities() {
        return PracticumActivity.values();
    }

    public Long getPlacementId() {
        return placementId;
    }

    public void setPlacementId(Long placementId) {
        this.placementId = placementId;
    }
}
