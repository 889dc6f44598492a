package org.iecmhc.lms.practicum;

import java.io.Serializable;

import org.iecmhc.lms.platform.time.PeriodInput;
import org.iecmhc.lms.provider.Provider;

/**
 * The placement form as typed. A new placement chooses a cohort and one of its trainees; a placement made already
 * shows its trainee and cohort, which do not change.
 */
public class PlacementForm implements Serializable {

    private long version;
    private String traineeName;
    private String cohortName;
    private Long cohortId;
    private Long enrollmentId;
    private Provider provider;
    private String mentorName;
    private String mentorContact;
    private PeriodInput period = new PeriodInput();
    private PlacementStatus status = PlacementStatus.PLANNED;

    static PlacementForm of(Placement placement) {
        PlacementForm form = new PlacementForm();
        form.version = placement.getVersion();
        form.traineeName = placement.getTrainee().getDisplayName();
        form.cohortName = placement.getCohort().getName();
        form.provider = placement.getProvider();
        form.mentorName = placement.getMentorName();
        form.mentorContact = placement.getMentorContact();
        form.period = new PeriodInput(placement.getStartOn(), placement.getEndOn());
        form.status = placement.getStatus();
        return form;
    }

    PlacementDetails details() {
        return new PlacementDetails(enrollmentId, provider == null ? null : provider.getId(), mentorName, mentorContact,
                period.getStart(), period.getEnd(), status);
    }

    long version() {
        return version;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public void setEnrollmentId(Long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public String getMentorContact() {
        return mentorContact;
    }

    public void setMentorContact(String mentorContact) {
        this.mentorContact = mentorContact;
    }

    public PeriodInput getPeriod() {
        return period;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public void setStatus(PlacementStatus status) {
        this.status = status;
    }
}
