package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The courses whose evaluation results the person may read, with how many trainees answered. */
@Named
@ViewScoped
public class ResultsView implements Serializable {

    @Inject
    CourseEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private transient List<CourseAnswerCount> courses;

    public List<CourseAnswerCount> getCourses() {
        if (courses == null) {
            courses = evaluations.coursesWithResults(viewer.get().email());
        }
        return courses;
    }

    public int getThreshold() {
        return CourseEvaluationSummary.THRESHOLD;
    }
}
