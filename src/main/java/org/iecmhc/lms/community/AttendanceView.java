package org.iecmhc.lms.community;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/** The attendance grid of one meeting of the series on the page: one choice per trainee of the cohort. */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    @Inject
    PracticeRegister register;

    @Inject
    PracticeSeriesView series;

    @Inject
    CurrentViewer viewer;

    private Long meetingId;
    private List<AttendanceRow> rows;

    public void chooseMeeting() {
        rows = null;
    }

    public void take() {
        if (meetingId == null) {
            Messages.error("attendance:meeting", "practice.attendance.chooseMeeting");
            return;
        }
        Map<Long, Attendance> byTrainee = new HashMap<>();
        getRows().forEach(row -> byTrainee.put(row.getId(), row.getStatus()));
        FormAction.done(() -> register.take(viewer.get(), meetingId, byTrainee),
                FormAction.toMessage("attendance:meeting"), "practice.attendance.saved");
    }

    /**
     * The chosen meeting's grid, each trainee with what was recorded for them; none once the chosen meeting has been
     * removed (on this page or by a colleague).
     */
    public List<AttendanceRow> getRows() {
        if (rows == null) {
            if (!series.hasRecord() || meetingId == null) {
                return List.of();
            }
            Map<Long, Attendance> taken;
            try {
                taken = register.attendanceAt(viewer.get(), meetingId);
            } catch (InputRejected removedMeanwhile) {
                meetingId = null;
                return List.of();
            }
            rows = register.members(viewer.get(), series.getId()).stream()
                    .map(trainee -> new AttendanceRow(trainee, taken.get(trainee.getId()))).toList();
        }
        return rows;
    }

    public Attendance[] getStatuses() {
        return Attendance.values();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }
}
