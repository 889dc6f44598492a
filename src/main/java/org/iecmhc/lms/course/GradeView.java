package org.iecmhc.lms.course;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;

/** Grading one submission: its history, the rubric or points, feedback, and grade or return for revision. */
@Named
@ViewScoped
public class GradeView implements Serializable {

    @Inject
    Grades grading;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private boolean loaded;
    // read again after the session moved to another cluster member, rather than serialized with it
    private transient Submission submission;
    private final Map<Long, Long> choices = new HashMap<>();
    private BigDecimal points;
    private Boolean complete;
    private String feedback;

    public void load() {
        if (submission != null || id == null) {
            return;
        }
        grading.forGrading(email(), id).ifPresent(found -> {
            submission = found;
            if (!loaded) {
                feedback = found.getFeedback();
            }
        });
        loaded = true;
    }

    public String grade() {
        try {
            grading.grade(email(), id, new GradeInput(points, complete, choices, feedback));
        } catch (CourseRejected rejected) {
            Messages.reject("grade", rejected);
            return null;
        }
        Messages.infoAcrossRedirect("grading.graded");
        return "/course/queue.xhtml?faces-redirect=true";
    }

    public String returnForRevision() {
        try {
            grading.returnForRevision(email(), id, feedback);
        } catch (CourseRejected rejected) {
            Messages.reject("grade", rejected);
            return null;
        }
        Messages.infoAcrossRedirect("grading.returned");
        return "/course/queue.xhtml?faces-redirect=true";
    }

    private String email() {
        return viewer.get().email();
    }

    public List<SubmissionAttempt> getHistory() {
        List<SubmissionAttempt> history = new ArrayList<>(submission.getAttempts());
        Collections.reverse(history);
        return history;
    }

    public String time(SubmissionAttempt attempt) {
        return PacificTime.format(attempt.getSubmittedAt());
    }

    public String due() {
        return PacificTime.format(submission.getAssignment().getDueAt());
    }

    public boolean isWaiting() {
        return submission != null && submission.getStatus() == SubmissionStatus.SUBMITTED;
    }

    public boolean isCompletionGrading() {
        return !submission.getAssignment().hasRubric()
                && submission.getAssignment().getGrading() == GradingKind.COMPLETE_INCOMPLETE;
    }

    public boolean isPointsGrading() {
        return !submission.getAssignment().hasRubric() && submission.getAssignment().getGrading() == GradingKind.POINTS;
    }

    public Submission getSubmission() {
        return submission;
    }

    public Map<Long, Long> getChoices() {
        return choices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public Boolean getComplete() {
        return complete;
    }

    public void setComplete(Boolean complete) {
        this.complete = complete;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
