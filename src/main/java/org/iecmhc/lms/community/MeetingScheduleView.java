package org.iecmhc.lms.community;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/** The meetings of the series on the page: six monthly ones at once, one more, each changed or removed. */
@Named
@ViewScoped
public class MeetingScheduleView implements Serializable {

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeSeriesView series;

    @Inject
    CurrentViewer viewer;

    private List<MeetingRow> meetings;
    private MeetingRow monthly = new MeetingRow();
    private MeetingRow single = new MeetingRow();

    public void scheduleMonthly() {
        if (FormAction.done(() -> schedule.scheduleMonthly(viewer.get(), series.getId(), monthly.details()),
                FormAction.toFields("monthly"), "practice.monthly.scheduled")) {
            monthly = new MeetingRow();
            meetings = null;
        }
    }

    public void add() {
        if (FormAction.done(() -> schedule.add(viewer.get(), series.getId(), single.details()),
                FormAction.toFields("single"), "practice.meeting.added")) {
            single = new MeetingRow();
            meetings = null;
        }
    }

    public void change(MeetingRow row, int index) {
        FormAction.done(() -> row.saved(schedule.change(viewer.get(), row.getId(), row.getVersion(), row.details())),
                FormAction.toFields("meetings:table:" + index), "practice.meeting.saved");
    }

    public void remove(MeetingRow row) {
        schedule.remove(viewer.get(), row.getId());
        meetings = null;
        Messages.info("practice.meeting.removed");
    }

    public List<MeetingRow> getMeetings() {
        if (meetings == null) {
            meetings = series.hasRecord()
                    ? schedule.meetings(viewer.get(), series.getId()).stream().map(MeetingRow::new).toList() : List.of();
        }
        return meetings;
    }

    public MeetingRow getMonthly() {
        return monthly;
    }

    public MeetingRow getSingle() {
        return single;
    }
}
