package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.TraineeRecord;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.text.TypedText;

/** One stretch of practicum time in a trainee's log, and where it stands in the faculty's review. */
@Entity
@Table(name = "practicum_log_entry")
public class LogEntry extends TraineeRecord {

    @ManyToOne(optional = false)
    private Placement placement;

    private LocalDate loggedOn;

    private LocalTime startsAt;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private PracticumActivity activity;

    @AuditHidden
    private String note;

    @Enumerated(EnumType.STRING)
    private EntryStatus status = EntryStatus.SUBMITTED;

    @AuditHidden
    private String reviewComment;

    @ManyToOne
    @JoinColumn(name = "reviewed_by")
    private Account reviewedBy;

    private LocalDateTime reviewedAt;

    protected LogEntry() {
    }

    LogEntry(Placement placement, EntryDetails details) {
        super(placement.getTrainee());
        this.placement = placement;
        describe(details);
    }

    /** The trainee's change; a returned entry goes back to the faculty with it. */
    void change(EntryDetails details) {
        describe(details);
        status = EntryStatus.SUBMITTED;
    }

    void approve(Account faculty, LocalDateTime at) {
        status = EntryStatus.APPROVED;
        reviewedBy = faculty;
        reviewedAt = at;
    }

    void giveBack(Account faculty, String comment, LocalDateTime at) {
        status = EntryStatus.RETURNED;
        reviewComment = comment;
        reviewedBy = faculty;
        reviewedAt = at;
    }

    /** The trainee's note and the reviewer's comment go; the day, minutes, activity and status stay for the figures. */
    void forgetText() {
        note = null;
        reviewComment = null;
    }

    private void describe(EntryDetails details) {
        loggedOn = details.loggedOn();
        startsAt = details.startsAt();
        minutes = details.minutes();
        activity = details.activity();
        note = TypedText.trimmedOrNull(details.note());
    }

    @Override
    public String auditLabel() {
        return activity + " " + loggedOn + " in placement " + placement.getId() + ": " + status;
    }

    public Placement getPlacement() {
        return placement;
    }

    public LocalDate getLoggedOn() {
        return loggedOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    /** The time the stretch ends, on the next day for a stretch that runs past midnight. */
    public LocalTime getEndsAt() {
        return startsAt.plusMinutes(minutes);
    }

    public int getMinutes() {
        return minutes;
    }

    public PracticumActivity getActivity() {
        return activity;
    }

    public String getNote() {
        return note;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }
}
