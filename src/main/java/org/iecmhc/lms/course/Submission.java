package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.TraineeRecord;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * A trainee's work on one assignment: every attempt is kept, the last one is what gets graded. The trainee may
 * hand in again until it is graded; "return for revision" opens it again.
 */
@Entity
@Table(name = "submission")
public class Submission extends TraineeRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;

    private LocalDateTime lastSubmittedAt;

    private boolean late;

    private BigDecimal points;

    @AuditHidden
    private String feedback;

    private LocalDateTime gradedAt;

    @ManyToOne
    private Account grader;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("attemptNumber")
    private List<SubmissionAttempt> attempts = new ArrayList<>();

    /** Criterion id to the id of the level the grader chose. */
    @ElementCollection
    @CollectionTable(name = "submission_rubric_choice", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "level_id")
    private Map<Long, Long> rubricChoices = new HashMap<>();

    protected Submission() {
    }

    public Submission(Assignment assignment, Account trainee) {
        super(trainee);
        this.assignment = assignment;
    }

    /** A new attempt; refused once graded, because the grade is for the work as it was. */
    public SubmissionAttempt handIn(String body, List<StoredFile> files, LocalDateTime atUtc) {
        if (status == SubmissionStatus.GRADED) {
            throw new CourseRejected("body", "submission.alreadyGraded");
        }
        boolean lateNow = assignment.isLate(atUtc);
        SubmissionAttempt attempt = new SubmissionAttempt(this, attempts.size() + 1, body, files, atUtc, lateNow);
        attempts.add(attempt);
        status = SubmissionStatus.SUBMITTED;
        lastSubmittedAt = atUtc;
        late = lateNow;
        return attempt;
    }

    void grade(BigDecimal points, Map<Long, Long> rubricChoices, String feedback, Account grader, LocalDateTime atUtc) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new CourseRejected("points", "grading.notWaiting");
        }
        this.points = points;
        this.rubricChoices.clear();
        this.rubricChoices.putAll(rubricChoices);
        this.feedback = TypedText.trimmedOrNull(feedback);
        this.grader = grader;
        this.gradedAt = atUtc;
        this.status = SubmissionStatus.GRADED;
    }

    void returnForRevision(String feedback, Account grader, LocalDateTime atUtc) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new CourseRejected("feedback", "grading.notWaiting");
        }
        if (feedback == null || feedback.isBlank()) {
            throw new CourseRejected("feedback", "grading.feedback.requiredForRevision");
        }
        this.feedback = feedback.trim();
        this.grader = grader;
        this.gradedAt = atUtc;
        this.points = null;
        this.rubricChoices.clear();
        this.status = SubmissionStatus.RETURNED;
    }


    /** Feedback is free text about the trainee's work; points and status are what completion counts. */
    void forgetFeedback() {
        feedback = null;
    }

    public boolean belongsTo(Account account) {
        return getTrainee().getId().equals(account.getId());
    }

    @Override
    public String auditLabel() {
        return "assignment " + assignment.getId() + " by " + getTrainee().getEmail() + ": " + status;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public LocalDateTime getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getFeedback() {
        return feedback;
    }

    public LocalDateTime getGradedAt() {
        return gradedAt;
    }

    public Account getGrader() {
        return grader;
    }

    public List<SubmissionAttempt> getAttempts() {
        return List.copyOf(attempts);
    }

    public SubmissionAttempt getLatestAttempt() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }

    public Map<Long, Long> getRubricChoices() {
        return Map.copyOf(rubricChoices);
    }

    public boolean isOpenForResubmission() {
        return status != SubmissionStatus.GRADED;
    }
}
