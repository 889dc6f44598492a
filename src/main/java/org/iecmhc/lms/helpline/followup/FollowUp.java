package org.iecmhc.lms.helpline.followup;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** Something a helpline call leaves to do: one staff member's, due on a day, done once its outcome is written. */
@Entity
@Table(name = "helpline_follow_up")
public class FollowUp extends AuditedRecord {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private HelplineCall call;

    @ManyToOne(optional = false)
    private Account assignee;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    private String note;

    private String outcome;

    private LocalDate closedOn;

    protected FollowUp() {
    }

    FollowUp(HelplineCall call, Account assignee, LocalDate dueOn, String note) {
        this.call = call;
        this.assignee = assignee;
        this.dueOn = dueOn;
        this.note = note;
    }

    void close(String outcome, LocalDate closedOn) {
        this.outcome = outcome;
        this.closedOn = closedOn;
        status = FollowUpStatus.DONE;
    }

    /** Still open after the day it was due. */
    public boolean overdueOn(LocalDate today) {
        return status == FollowUpStatus.OPEN && dueOn.isBefore(today);
    }

    @Override
    public String auditLabel() {
        return "follow-up of call " + call.getId() + " due " + dueOn;
    }

    public HelplineCall getCall() {
        return call;
    }

    public Account getAssignee() {
        return assignee;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
