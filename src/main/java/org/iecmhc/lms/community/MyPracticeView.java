package org.iecmhc.lms.community;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** A trainee's own Community of Practice: the meetings of their cohort's series and how they were recorded. */
@Named
@ViewScoped
public class MyPracticeView implements Serializable {

    @Inject
    PracticeRegister register;

    @Inject
    CurrentViewer viewer;

    private List<TraineeMeeting> meetings;

    public List<TraineeMeeting> getMeetings() {
        if (meetings == null) {
            meetings = register.meetingsOf(viewer.get());
        }
        return meetings;
    }

    /** Such as "Meetings attended: 4", what counts toward completion. */
    public String getAttendedSummary() {
        return Messages.text("practice.mine.attended", getMeetings().stream().filter(TraineeMeeting::attended).count());
    }
}
