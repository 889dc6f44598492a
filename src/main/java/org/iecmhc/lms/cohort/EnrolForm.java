package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.platform.i18n.Language;

/** The "enrol one person" form of a cohort's enrollments page, kept as typed when refused. */
public class EnrolForm implements Serializable {

    private String email;
    private String firstName;
    private String lastName;
    private Language language = Language.EN;
    private EnrollmentStatus initialStatus = EnrollmentStatus.ENROLLED;
    private LocalDate enrolledOn;

    /** Ready for the next person: the language and status chosen stay, as people are often enrolled in a row. */
    void next() {
        email = null;
        firstName = null;
        lastName = null;
        enrolledOn = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
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
