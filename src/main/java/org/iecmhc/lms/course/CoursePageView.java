package org.iecmhc.lms.course;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.PacificTime;

/** One course as its members see it: modules with materials, and assignments with the trainee's own status. */
@Named
@ViewScoped
public class CoursePageView implements Serializable {

    @Inject
    CourseReader courses;

    @Inject
    CurrentViewer viewer;

    private Long id;
    // read again after the session moved to another cluster member, rather than serialized with it
    private transient CoursePage course;

    public void load() {
        if (course != null || id == null) {
            return;
        }
        course = courses.page(viewer.get().email(), id).orElse(null);
    }

    public String due(CoursePage.Work work) {
        return PacificTime.format(work.dueAt());
    }

    /** Whether the viewer follows courses: their assignments open, and their own status shows. */
    public boolean isTrainee() {
        return viewer.hasRole(Roles.TRAINEE);
    }

    public CoursePage getCourse() {
        return course;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
