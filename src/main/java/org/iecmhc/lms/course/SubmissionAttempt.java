package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.text.TypedText;

/** One hand-in of a submission, kept unchanged as history: its text, files, time and whether it was late. */
@Entity
@Table(name = "submission_attempt")
public class SubmissionAttempt extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Submission submission;

    private int attemptNumber;

    @AuditHidden
    private String body;

    private LocalDateTime submittedAt;

    private boolean late;

    @ManyToMany
    @JoinTable(name = "submission_attempt_file", joinColumns = @JoinColumn(name = "attempt_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> files = new ArrayList<>();

    protected SubmissionAttempt() {
    }

    SubmissionAttempt(Submission submission, int attemptNumber, String body, List<StoredFile> files,
                      LocalDateTime submittedAt, boolean late) {
        this.submission = submission;
        this.attemptNumber = attemptNumber;
        this.body = TypedText.trimmedOrNull(body);
        this.files.addAll(files);
        this.submittedAt = submittedAt;
        this.late = late;
    }

    /** Drops the text and the files handed in; answers the files so that their bytes can be erased too. */
    List<StoredFile> forgetContent() {
        List<StoredFile> handedIn = List.copyOf(files);
        body = null;
        files.clear();
        return handedIn;
    }

    @Override
    public String auditLabel() {
        return "attempt " + attemptNumber + " of submission " + submission.getId();
    }

    public Submission getSubmission() {
        return submission;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public List<StoredFile> getFiles() {
        return List.copyOf(files);
    }
}
