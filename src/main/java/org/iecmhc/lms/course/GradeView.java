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
import org.iecmhc.lms.platform.files.FileType;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;

/**
 * Grading one submission: its history with PDFs and images shown inline, the rubric (levels with their descriptions
 * and the running total) or points, feedback, grade or return for revision, and the way to the previous or next
 * waiting submission of the course. An administrator, or a grader once the work is graded, reads it without the form.
 */
@Named
@ViewScoped
public class GradeView implements Serializable {

    @Inject
    Grades grading;

    @Inject
    GradingOrder order;

    @Inject
    Submissions submissions;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private boolean loaded;
    private boolean grader;
    private Long previousId;
    private Long nextId;
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
        submissions.readable(email(), id).ifPresent(found -> {
            submission = found;
            if (!loaded) {
                feedback = found.getFeedback();
                grader = order.mayGrade(email(), found);
                previousId = grader ? order.previous(email(), id).orElse(null) : null;
                nextId = grader ? order.next(email(), id).orElse(null) : null;
            }
        });
        loaded = true;
    }

    /** Saves the grade and opens the next waiting submission of the course, or the queue when none is left. */
    public String gradeAndNext() {
        if (grade() == null) {
            return null;
        }
        return order.next(email(), id).map(next -> "/course/grade.xhtml?faces-redirect=true&id=" + next)
                .orElse("/course/queue.xhtml?faces-redirect=true");
    }

    /** The rubric points of the levels chosen so far; the server adds them up again when the grade is saved. */
    public int getRunningTotal() {
        return submission.getAssignment().getCriteria().stream()
                .flatMap(criterion -> criterion.getLevels().stream()
                        .filter(level -> level.getId().equals(choices.get(criterion.getId()))))
                .mapToInt(RubricLevel::getPoints).sum();
    }

    /** How a handed-in file is shown on the page: a PDF in a frame, an image as such, anything else as a link. */
    public String preview(StoredFile file) {
        return FileType.byContentType(file.getContentType()).filter(FileType::showsInline)
                .map(type -> type == FileType.PDF ? "pdf" : "image").orElse("link");
    }

    public String grade() {
        return toQueue(() -> grading.grade(email(), id, new GradeInput(points, complete, choices, feedback)),
                "grading.graded");
    }

    public String returnForRevision() {
        return toQueue(() -> grading.returnForRevision(email(), id, feedback), "grading.returned");
    }

    private static String toQueue(Runnable action, String doneKey) {
        return FormAction.doneThenGo(() -> {
            action.run();
            return "/course/queue.xhtml?faces-redirect=true";
        }, FormAction.toFields("grade"), doneKey);
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
        return grader && submission != null && submission.getStatus() == SubmissionStatus.SUBMITTED;
    }

    public boolean isGrader() {
        return grader;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public Long getNextId() {
        return nextId;
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
