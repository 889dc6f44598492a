package org.iecmhc.lms.consultation;

import java.io.Serializable;
import java.time.LocalDate;

/** The activity log's "add" line, emptied once the entry is saved. */
public class ActivityForm implements Serializable {

    private LocalDate heldOn;
    private Integer minutes;
    private ActivityKind kind;
    private String note;

    ActivityEntry entry() {
        return new ActivityEntry(heldOn, minutes, kind, note);
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
