package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The trainee's courses to evaluate, each to evaluate or already submitted. */
@Named
@ViewScoped
public class CourseEvaluationsView implements Serializable {

    @Inject
    CourseEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private transient List<CourseToEvaluate> courses;

    public List<CourseToEvaluate> getCourses() {
        if (courses == null) {
            courses = evaluations.forTrainee(viewer.get().email());
        }
        return courses;
    }
}
