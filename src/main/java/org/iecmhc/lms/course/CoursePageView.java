package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
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
    private transient Course course;
    private transient List<Assignment> assignments = List.of();
    private transient Map<Long, Submission> own = Map.of();
    private boolean grader;

    public void load() {
        if (course != null || id == null) {
            return;
        }
        String email = viewer.get().email();
        courses.visible(email, id).ifPresent(found -> {
            course = found;
            assignments = courses.assignments(found);
            own = courses.ownSubmissions(email, found);
            grader = courses.mayGrade(email, found);
        });
    }

    public String due(Assignment assignment) {
        return PacificTime.format(assignment.getDueAt());
    }

    /** The trainee's own submission of the assignment, or null. */
    public Submission mine(Assignment assignment) {
        return own.get(assignment.getId());
    }

    public String score(Submission submission) {
        return HomeSummary.score(submission);
    }

    public Course getCourse() {
        return course;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public boolean isGrader() {
        return grader;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
