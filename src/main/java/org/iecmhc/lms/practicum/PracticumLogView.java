package org.iecmhc.lms.practicum;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Roles;
import org.iecmhc.lms.platform.errors.PageNotFound;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
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

    private static final Set<String> ENTRY_FIELDS = Set.of("loggedOn", "startsAt", "minutes", "activity", "note");

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

    private Long editingId;
    private long editingVersion;
    private LocalDate loggedOn;
    private LocalTime startsAt;
    private Integer minutes;
    private PracticumActivity activity;
    private String note;

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
        EntryDetails details = new EntryDetails(loggedOn, startsAt, minutes, activity, note);
        try {
            if (editingId == null) {
                log.log(email(), placement.getId(), details);
                Messages.info("practicum.entry.saved");
            } else {
                log.change(email(), editingId, editingVersion, details);
                Messages.info("practicum.entry.changed");
            }
        } catch (PracticumRejected rejected) {
            Messages.error(ENTRY_FIELDS.contains(rejected.field()) ? "entry:" + rejected.field() : null, rejected.messageKey());
            return;
        }
        clearForm();
        totals = null;
    }

    /** Puts an entry into the form to correct it. */
    public void edit(long entryId) {
        LogEntry entry;
        try {
            entry = log.own(email(), entryId);
        } catch (PracticumRejected gone) {
            Messages.error(null, gone.messageKey());
            return;
        }
        editingId = entry.getId();
        editingVersion = entry.getVersion();
        loggedOn = entry.getLoggedOn();
        startsAt = entry.getStartsAt();
        minutes = entry.getMinutes();
        activity = entry.getActivity();
        note = entry.getNote();
    }

    public void cancel() {
        clearForm();
    }

    public void remove(long entryId) {
        try {
            log.remove(email(), entryId);
        } catch (PracticumRejected rejected) {
            Messages.error(null, rejected.messageKey());
            return;
        }
        if (Long.valueOf(entryId).equals(editingId)) {
            clearForm();
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

    private void clearForm() {
        editingId = null;
        loggedOn = null;
        startsAt = null;
        minutes = null;
        activity = null;
        note = null;
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

    public boolean isEditing() {
        return editingId != null;
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

    public LocalDate getLoggedOn() {
        return loggedOn;
    }

    public void setLoggedOn(LocalDate loggedOn) {
        this.loggedOn = loggedOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public PracticumActivity getActivity() {
        return activity;
    }

    public void setActivity(PracticumActivity activity) {
        this.activity = activity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
