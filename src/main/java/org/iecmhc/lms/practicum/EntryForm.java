package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** The log form as typed: a new entry, or one of the trainee's entries being corrected (with its id and version). */
public class EntryForm implements Serializable {

    private Long entryId;
    private long version;
    private LocalDate loggedOn;
    private LocalTime startsAt;
    private Integer minutes;
    private PracticumActivity activity;
    private String note;

    static EntryForm of(LogEntry entry) {
        EntryForm form = new EntryForm();
        form.entryId = entry.getId();
        form.version = entry.getVersion();
        form.loggedOn = entry.getLoggedOn();
        form.startsAt = entry.getStartsAt();
        form.minutes = entry.getMinutes();
        form.activity = entry.getActivity();
        form.note = entry.getNote();
        return form;
    }

    EntryDetails details() {
        return new EntryDetails(loggedOn, startsAt, minutes, activity, note);
    }

    Long entryId() {
        return entryId;
    }

    long version() {
        return version;
    }

    public boolean isEditing() {
        return entryId != null;
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
