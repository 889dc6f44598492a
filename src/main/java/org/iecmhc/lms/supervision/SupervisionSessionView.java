package org.iecmhc.lms.supervision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/**
 * One supervision session: its form (new or existing), and once saved, attendance and confidential notes. Only its
 * supervisor and administrators open it; only the supervisor writes notes, each reader sees only the notes they wrote
 * (or that are about them), and everyone else a count.
 */
@Named
@ViewScoped
public class SupervisionSessionView extends RecordView {

    private static final int MAX_COHORTS = 200;

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    SessionNotes sessionNotes;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortSupervisors cohortSupervisors;

    @Inject
    CurrentViewer viewer;

    private SessionForm form = SessionForm.blank(null);
    private List<AttendanceRow> attendance;
    private String noteText;
    /** "Name, date" of the cancellation, null while the session stands. */
    private String cancellation;

    @Override
    protected boolean open(long id) {
        return fill(supervision.find(viewer.get(), id),
                session -> {
                    form = SessionForm.of(session, supervision.invitations(viewer.get(), id));
                    cancelled(session);
                });
    }

    @Override
    protected boolean prepareNew() {
        List<Account> supervisors = supervision.supervisors(viewer.get());
        form = SessionForm.blank(supervisors.size() == 1 ? supervisors.get(0).getId() : null);
        return true;
    }

    public String save() {
        return save("session", "supervision.session.saved", "/supervision/session.xhtml",
                () -> supervision.schedule(viewer.get(), form.details()), () -> {
                    form.saved(supervision.change(viewer.get(), getId(), form.version(), form.details()));
                    attendance = null;
                });
    }

    public void cancel() {
        FormAction.done(() -> cancelled(supervision.cancel(viewer.get(), getId(), form.version())),
                FormAction.toMessage(null), "supervision.cancel.done");
    }

    private void cancelled(SupervisionSession session) {
        form.saved(session);
        cancellation = session.isCancelled() ? session.getCancelledBy().getDisplayName() + ", "
                + PacificTime.format(session.getCancelledAt()) : null;
    }

    public void takeAttendance() {
        Map<Long, Attendance> byTrainee = new HashMap<>();
        getAttendance().forEach(row -> byTrainee.put(row.getId(), row.getAttendance()));
        FormAction.done(() -> supervision.takeAttendance(viewer.get(), getId(), byTrainee),
                FormAction.toMessage("attendance:messages"), "supervision.attendance.saved");
    }

    public void writeNote() {
        if (FormAction.done(() -> sessionNotes.write(viewer.get(), getId(), noteText),
                FormAction.toMessage("notes:note"), "supervision.note.saved")) {
            noteText = null;
        }
    }

    public List<AttendanceRow> getAttendance() {
        if (attendance == null) {
            attendance = hasRecord()
                    ? supervision.invitations(viewer.get(), getId()).stream().map(AttendanceRow::new).toList() : List.of();
        }
        return attendance;
    }

    public boolean isNoteWriter() {
        return hasRecord() && sessionNotes.mayWrite(viewer.get(), getId());
    }

    public List<SessionNotes.Note> getNotes() {
        return hasRecord() ? sessionNotes.onSession(viewer.get(), getId()) : List.of();
    }

    public long getNoteCount() {
        return hasRecord() ? sessionNotes.count(getId()) : 0;
    }

    public String written(SessionNotes.Note note) {
        return PacificTime.format(note.writtenAtUtc());
    }

    /** The trainees of the chosen cohort who may be invited on the chosen day (today's list until a day is typed). */
    public List<Account> getInvitable() {
        LocalDate day = form.getWhen().getDate();
        return form.getCohortId() == null ? List.of()
                : supervision.invitableTrainees(form.getCohortId(), day == null ? LocalDate.now(PacificTime.ZONE) : day);
    }

    /** A faculty member scheduling a session is offered the cohorts they supervise in; the service checks again. */
    public List<Cohort> getCohorts() {
        if (isNew() && !viewer.get().administrator()) {
            return cohortSupervisors.cohortsOf(viewer.get().email());
        }
        return cohorts.list(0, MAX_COHORTS);
    }

    public List<Account> getSupervisors() {
        return supervision.supervisors(viewer.get());
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public Attendance[] getAttendanceChoices() {
        return Attendance.values();
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    public String getCancellation() {
        return cancellation;
    }

    public SessionForm getForm() {
        return form;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
