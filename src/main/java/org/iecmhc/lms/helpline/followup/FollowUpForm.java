package org.iecmhc.lms.helpline.followup;

import java.io.Serializable;
import java.time.LocalDate;

/** A new follow-up as typed on its page. */
public class FollowUpForm implements Serializable {

    private Long assigneeId;
    private LocalDate dueOn;
    private String note;

    static FollowUpForm startingWith(Long assigneeId, LocalDate dueOn) {
        FollowUpForm form = new FollowUpForm();
        form.assigneeId = assigneeId;
        form.dueOn = dueOn;
        return form;
    }

    FollowUpDetails details() {
        return new FollowUpDetails(assigneeId, dueOn, note);
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
