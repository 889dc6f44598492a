package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.time.PeriodInput;

/**
 * The course form as typed: a course's details with its cohort, lead faculty member and co-teachers, kept as typed when
 * refused.
 */
public class CourseForm implements Serializable {

    private static final int USUAL_PASSING_PERCENT = 70;

    private long version;
    private Long cohortId;
    private Long facultyId;
    private String[] coTeacherIds = {};
    private String title;
    private String description;
    private PeriodInput period = new PeriodInput();
    private boolean required = true;
    private int passingPercent = USUAL_PASSING_PERCENT;

    static CourseForm of(Course course) {
        CourseForm form = new CourseForm();
        form.version = course.getVersion();
        form.cohortId = course.getCohort().getId();
        form.facultyId = course.getFaculty() == null ? null : course.getFaculty().getId();
        form.coTeacherIds = course.getCoTeachers().stream().map(a -> String.valueOf(a.getId())).toArray(String[]::new);
        form.title = course.getTitle();
        form.description = course.getDescription();
        form.period = new PeriodInput(course.getStartDate(), course.getEndDate());
        form.required = course.isRequired();
        form.passingPercent = course.getPassingPercent();
        return form;
    }

    CourseDetails details() {
        return new CourseDetails(title, description, period.getStart(), period.getEnd(), required, passingPercent);
    }

    /** The co-teachers chosen, without the lead faculty member should they be ticked too. */
    Set<Long> coTeachers() {
        return Arrays.stream(coTeacherIds).map(Long::valueOf).filter(id -> !id.equals(facultyId)).collect(Collectors.toSet());
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

    public String[] getCoTeacherIds() {
        return coTeacherIds;
    }

    public void setCoTeacherIds(String[] coTeacherIds) {
        this.coTeacherIds = coTeacherIds;
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

    public PeriodInput getPeriod() {
        return period;
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
