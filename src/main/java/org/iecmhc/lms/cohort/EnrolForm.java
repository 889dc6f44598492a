package org.iecmhc.lms.cohort;

import java.time.LocalDate;

import org.iecmhc.lms.identity.PersonForm;

/** The "enrol one person" form of a cohort's enrollments page, kept as typed when refused. */
public class EnrolForm extends PersonForm {

    private EnrollmentStatus initialStatus = EnrollmentStatus.ENROLLED;
    private LocalDate enrolledOn;

    /** Ready for the next person: the status chosen stays too, as people are often enrolled in a row. */
    @Override
    protected void next() {
        super.next();
        enrolledOn = null;
    }

    public EnrollmentStatus getInitialStatus() {
        return initialStatus;
    }

    public void setInitialStatus(EnrollmentStatus initialStatus) {
        this.initialStatus = initialStatus;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }
}
