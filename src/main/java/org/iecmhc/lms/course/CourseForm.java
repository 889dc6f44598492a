package org.iecmhc.lms.course;

import java.io.Serializable;
import java.time.LocalDate;

/** The course form as typed: a course's details with its cohort and faculty member, kept as typed when refused. */
public class CourseForm implements Serializable {

    private static final int USUAL_PASSING_PERCENT = 70;

    private long version;
    private Long cohortId;
    private Long facultyId;
    private String title;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean required = true;
    private int passingPercent = USUAL_PASSING_PERCENT;

    static CourseForm of(Course course) {
        CourseForm form = new CourseForm();
        form.version = course.getVersion();
        form.cohortId = course.getCohort().getId();
        form.facultyId = course.getFaculty() == null ? null : course.getFaculty().getId();
        form.title = course.getTitle();
        form.description = course.getDescription();
        form.startDate = course.getStartDate();
        form.endDate = course.getEndDate();
        form.required = course.isRequired();
        form.passingPercent = course.getPassingPercent();
        return form;
    }

    CourseDetails details() {
        return new CourseDetails(title, description, startDate, endDate, required, passingPercent);
    }

    long version() {
        return version;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getFacultyId() {
        return facultyId;
    }

    public void setFacultyId(Long facultyId) {
        this.facultyId = facultyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public int getPassingPercent() {
        return passingPercent;
    }

    public void setPassingPercent(int passingPercent) {
        this.passingPercent = passingPercent;
    }
}
