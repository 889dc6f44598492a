package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.PartUpload;
import org.iecmhc.lms.platform.files.TextWithFile;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;

/** A trainee's assignment page: instructions, their own work and its history, the grade, and the hand-in form. */
@Named
@ViewScoped
public class SubmitView implements Serializable {

    @Inject
    Submissions submissions;

    @Inject
    CurrentViewer viewer;

    private Long id;
    // entities are read again after the session moved to another cluster member, rather than serialized with it
    private transient Assignment assignment;
    private transient Submission submission;
    private boolean maySubmit;
    private final TextWithFile post = new TextWithFile();

    public void load() {
        if (assignment != null || id == null) {
            return;
        }
        String email = email();
        submissions.assignmentFor(email, id).ifPresent(found -> {
            assignment = found;
            submission = submissions.mine(email, id).orElse(null);
            maySubmit = submissions.maySubmit(email, found);
        });
    }

    public String submit() {
        List<FileStore.Upload> uploads = new ArrayList<>();
        PartUpload upload = post.upload();
        if (upload != null) {
            uploads.add(upload);
        }
        try {
            submissions.submit(email(), id, post.getBody(), uploads);
        } catch (CourseRejected rejected) {
            Messages.reject("submit", rejected);
            return null;
        } catch (FileRejected rejected) {
            Messages.error("submit:file", rejected.messageKey());
            return null;
        }
        Messages.infoAcrossRedirect("submission.received");
        return "/course/assignment.xhtml?faces-redirect=true&id=" + id;
    }

    private String email() {
        return viewer.get().email();
    }

    public String due() {
        return PacificTime.format(assignment.getDueAt());
    }

    public String time(SubmissionAttempt attempt) {
        return PacificTime.format(attempt.getSubmittedAt());
    }

    public String score() {
        return HomeSummary.score(submission);
    }

    /** The level the grader chose for the criterion, or null. */
    public RubricLevel chosen(RubricCriterion criterion) {
        Long level = submission == null ? null : submission.getRubricChoices().get(criterion.getId());
        return criterion.getLevels().stream().filter(l -> l.getId().equals(level)).findFirst().orElse(null);
    }

    /** History newest first. */
    public List<SubmissionAttempt> getHistory() {
        List<SubmissionAttempt> history = new ArrayList<>(submission == null ? List.of() : submission.getAttempts());
        java.util.Collections.reverse(history);
        return history;
    }

    public boolean isCanSubmit() {
        return maySubmit && (submission == null || submission.isOpenForResubmission());
    }

    public boolean isCohortClosed() {
        return assignment != null && assignment.getCourse().getCohort().isClosed();
    }

    public boolean isGraded() {
        return submission != null && submission.getStatus() == SubmissionStatus.GRADED;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Submission getSubmission() {
        return submission;
    }

    public boolean isMaySubmit() {
        return maySubmit;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TextWithFile getPost() {
        return post;
    }
}
