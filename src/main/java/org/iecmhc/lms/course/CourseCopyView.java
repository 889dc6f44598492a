package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/** Copying a course into another cohort: the cohort, who teaches the copy (administrators choose), and a confirmation. */
@Named
@ViewScoped
public class CourseCopyView implements Serializable {

    @Inject
    CourseCopies copies;

    @Inject
    Courses courses;

    @Inject
    CurrentViewer viewer;

    private Long courseId;
    private Long cohortId;
    private Long facultyId;
    // read again after the session moved to another cluster member, rather than serialized with it
    private transient Course source;

    public void load() {
        if (source == null && courseId != null) {
            source = copies.copyable(viewer.get().email(), courseId).orElse(null);
        }
    }

    public String copy() {
        return FormAction.doneThenGo(() -> "/course/view.xhtml?faces-redirect=true&id="
                + copies.copy(viewer.get().email(), courseId, cohortId, facultyId).getId(),
                FormAction.toFields("copy"), "courseCopy.copied");
    }

    /** Administrators choose who teaches the copy; a faculty member teaches their own copy. */
    public boolean isChoosingFaculty() {
        return viewer.get().administrator();
    }

    public List<Cohort> getCohorts() {
        return copies.targets();
    }

    public List<Account> getFacultyMembers() {
        return courses.facultyMembers();
    }

    public Course getSource() {
        return source;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
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
}
