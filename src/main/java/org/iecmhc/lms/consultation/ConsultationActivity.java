package org.iecmhc.lms.consultation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;

/** One entry of an assignment's activity log: what the consultant did, on which day, for how long. */
@Entity
@Table(name = "consultation_activity")
public class ConsultationActivity extends AuditedRecord {

    @ManyToOne(optional = false)
    private ConsultationAssignment assignment;

    private LocalDate heldOn;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    @AuditHidden
    private String note;

    protected ConsultationActivity() {
    }

    ConsultationActivity(ConsultationAssignment assignment, ActivityEntry entry) {
        this.assignment = assignment;
        heldOn = entry.heldOn();
        minutes = entry.minutes();
        kind = entry.kind();
        note = TypedText.trimmedOrNull(entry.note());
    }

    @Override
    public String auditLabel() {
        return kind + " " + heldOn + " in assignment " + assignment.getId();
    }

    public ConsultationAssignment getAssignment() {
        return assignment;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
