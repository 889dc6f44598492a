package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.persistence.PageReads;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The signed-in trainee's or faculty member's courses, and the home page's summaries built from them. */
@Named
@ViewScoped
public class MyCoursesView implements Serializable {

    @Inject
    HomeSummary summary;

    @Inject
    CurrentViewer viewer;

    @Inject
    PageReads reads;

    // caches of this request's page, not kept in the (replicated) session
    private transient Supplier<TraineeSummary> trainee;
    private transient List<HomeCourse> faculty;
    private transient Map<Long, Long> waiting;
    private Long gradedCount;

    private String email() {
        return viewer.email();
    }

    /**
     * Keeps the trainee's cohorts, courses and returned work, one read, for the page's statement: the home page calls it
     * before it renders, so that they come with the other views' reads, whichever the page asks for first.
     */
    public void prepareTrainee() {
        if (trainee == null) {
            trainee = reads.add(summary.ofTrainee(email()));
        }
    }

    private TraineeSummary trainee() {
        prepareTrainee();
        return trainee.get();
    }

    public List<HomeCourse> getTraineeCourses() {
        return trainee().courses();
    }

    public List<HomeCourse> getFacultyCourses() {
        if (faculty == null) {
            faculty = summary.coursesOfFaculty(email());
        }
        return faculty;
    }

    public long waitingIn(HomeCourse course) {
        if (waiting == null) {
            waiting = summary.waitingByCourse(email());
        }
        return waiting.getOrDefault(course.id(), 0L);
    }

    public long getWaitingTotal() {
        return getFacultyCourses().stream().mapToLong(this::waitingIn).sum();
    }

    public long getGradedCount() {
        if (gradedCount == null) {
            gradedCount = summary.gradedBy(email());
        }
        return gradedCount;
    }

    public List<String> getCohorts() {
        return trainee().cohorts();
    }

    public List<ReturnedWork> getRecentlyGraded() {
        return trainee().recentlyGraded();
    }
}
