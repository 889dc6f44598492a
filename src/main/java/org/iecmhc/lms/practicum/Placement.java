package org.iecmhc.lms.practicum;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;

/**
 * A trainee's practicum with a child care provider from the registry, under a mentor there. The mentor is named
 * and reached as typed: mentors are staff of the provider, who have no account in the application.
 */
@Entity
@Table(name = "practicum_placement")
public class Placement extends AuditedRecord {

    @ManyToOne(optional = false)
    private Enrollment enrollment;

    @ManyToOne(optional = false)
    private Provider provider;

    private String mentorName;

    private String mentorContact;

    private LocalDate startOn;

    private LocalDate endOn;

    @Enumerated(EnumType.STRING)
    private PlacementStatus status;

    protected Placement() {
    }

    Placement(Enrollment enrollment, Provider provider, PlacementDetails details) {
        this.enrollment = enrollment;
        describe(provider, details);
    }

    void describe(Provider provider, PlacementDetails details) {
        this.provider = provider;
        mentorName = details.mentorName().trim();
        mentorContact = TypedText.trimmedOrNull(details.mentorContact());
        startOn = details.startOn();
        endOn = details.endOn();
        status = details.status();
    }

    /** The mentor's contact was kept to reach them about this trainee, which a withdrawn trainee no longer needs. */
    void forgetMentorContact() {
        mentorContact = null;
    }

    /** Whether the day falls within the placement, both ends included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startOn) && !day.isAfter(endOn);
    }

    @Override
    public String auditLabel() {
        return "placement of enrollment " + enrollment.getId() + " with provider " + provider.getId();
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Account getTrainee() {
        return enrollment.getTrainee();
    }

    public Cohort getCohort() {
        return enrollment.getCohort();
    }

    public Provider getProvider() {
        return provider;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMentorContact() {
        return mentorContact;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public PlacementStatus getStatus() {
        return status;
    }
}
