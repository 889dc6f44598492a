package org.iecmhc.lms.community;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;

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
        try {
            schedule.scheduleMonthly(viewer.get(), series.getId(), monthly.details());
        } catch (InputRejected rejected) {
            Messages.reject("monthly", rejected);
            return;
        }
        monthly = new MeetingRow();
        meetings = null;
        Messages.info("practice.monthly.scheduled");
    }

    public void add() {
        try {
            schedule.add(viewer.get(), series.getId(), single.details());
        } catch (InputRejected rejected) {
            Messages.reject("single", rejected);
            return;
        }
        single = new MeetingRow();
        meetings = null;
        Messages.info("practice.meeting.added");
    }

    public void change(MeetingRow row, int index) {
        try {
            row.saved(schedule.change(viewer.get(), row.getId(), row.getVersion(), row.details()));
            Messages.info("practice.meeting.saved");
        } catch (InputRejected rejected) {
            Messages.reject("meetings:table:" + index, rejected);
        }
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
