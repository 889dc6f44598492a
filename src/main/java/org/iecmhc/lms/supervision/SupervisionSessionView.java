package org.iecmhc.lms.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortService;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.MeetingTimeInput;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * One supervision session: its form (new or existing), and once saved, attendance and confidential notes. Only its
 * supervisor and administrators open it; only the supervisor writes notes, each reader sees only the notes they wrote
 * (or that are about them), and everyone else a count.
 */
@Named
@ViewScoped
public class SupervisionSessionView implements Serializable {

    private static final int MAX_COHORTS = 200;
    private static final int DEFAULT_MINUTES = 60;

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    SessionNotes sessionNotes;

    @Inject
    CohortService cohorts;

    @Inject
    CohortSupervisors cohortSupervisors;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private Long cohortId;
    private SessionKind kind = SessionKind.GROUP;
    private Long supervisorId;
    private MeetingTimeInput when = new MeetingTimeInput(DEFAULT_MINUTES);
    private String topic;
    private List<Long> traineeIds = new ArrayList<>();
    private List<AttendanceRow> attendance;
    private String noteText;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            List<Account> supervisors = supervision.supervisors(viewer.get());
            supervisorId = supervisors.size() == 1 ? supervisors.get(0).getId() : null;
            return;
        }
        supervision.find(viewer.get(), id).ifPresentOrElse(session -> {
            version = session.getVersion();
            cohortId = session.getCohort().getId();
            kind = session.getKind();
            supervisorId = session.getSupervisor().getId();
            when = new MeetingTimeInput(session.getWhen());
            topic = session.getTopic();
            traineeIds = new ArrayList<>(supervision.invitations(viewer.get(), id).stream()
                    .map(i -> i.getTrainee().getId()).toList());
        }, () -> notFound = true);
    }

    public String save() {
        SessionDetails details = new SessionDetails(cohortId, kind, supervisorId, when.value(), topic,
                new HashSet<>(traineeIds));
        try {
            if (id == null) {
                SupervisionSession session = supervision.schedule(viewer.get(), details);
                Messages.infoAcrossRedirect("supervision.session.saved");
                return "/supervision/session.xhtml?faces-redirect=true&id=" + session.getId();
            }
            version = supervision.change(viewer.get(), id, version, details).getVersion();
        } catch (InputRejected rejected) {
            Messages.reject("session", rejected);
            return null;
        }
        attendance = null;
        Messages.info("supervision.session.saved");
        return null;
    }

    public void takeAttendance() {
        Map<Long, Attendance> byTrainee = new HashMap<>();
        getAttendance().forEach(row -> byTrainee.put(row.getTraineeId(), row.getAttendance()));
        try {
            supervision.takeAttendance(viewer.get(), id, byTrainee);
            Messages.info("supervision.attendance.saved");
        } catch (InputRejected rejected) {
            Messages.error("attendance:messages", rejected.messageKey());
        }
    }

    public void writeNote() {
        try {
            sessionNotes.write(viewer.get(), id, noteText);
            noteText = null;
            Messages.info("supervision.note.saved");
        } catch (InputRejected rejected) {
            Messages.error("notes:note", rejected.messageKey());
        }
    }

    public List<AttendanceRow> getAttendance() {
        if (attendance == null) {
            attendance = hasSession() ? supervision.invitations(viewer.get(), id).stream().map(AttendanceRow::new).toList()
                    : List.of();
        }
        return attendance;
    }

    public boolean isNoteWriter() {
        return hasSession() && sessionNotes.mayWrite(viewer.get(), id);
    }

    public List<SessionNotes.Note> getNotes() {
        return hasSession() ? sessionNotes.onSession(viewer.get(), id) : List.of();
    }

    public long getNoteCount() {
        return hasSession() ? sessionNotes.count(id) : 0;
    }

    public String written(SessionNotes.Note note) {
        return PacificTime.format(note.writtenAtUtc());
    }

    /** The trainees of the chosen cohort who may be invited on the chosen day (today's list until a day is typed). */
    public List<Account> getInvitable() {
        return cohortId == null ? List.of()
                : supervision.invitableTrainees(cohortId,
                        when.getDate() == null ? LocalDate.now(PacificTime.ZONE) : when.getDate());
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

    private boolean hasSession() {
        return id != null && !notFound;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<Long> getTraineeIds() {
        return traineeIds;
    }

    public void setTraineeIds(List<Long> traineeIds) {
        this.traineeIds = traineeIds;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
