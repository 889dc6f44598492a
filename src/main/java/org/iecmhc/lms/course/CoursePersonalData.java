package org.iecmhc.lms.course;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** A trainee's submissions (text, files, grades, feedback) and the courses a faculty member teaches or grades. */
@ApplicationScoped
public class CoursePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    FileStore files;

    @Override
    public String section() {
        return "courses";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return record()
                .with("submissions", list(submissions(person), CoursePersonalData::submission))
                .with("coursesTaught", person.records(em, "select c.title from Course c join c.teachers t"
                        + " where t.id = :id order by c.title", String.class))
                .with("submissionsGraded",
                        person.count(em, "select count(s) from Submission s where s.grader.id = :id"))
                .build();
    }

    @Override
    public List<StoredFile> uploads(DataSubject person) {
        return submissions(person).stream().flatMap(s -> s.getAttempts().stream())
                .flatMap(a -> a.getFiles().stream()).toList();
    }

    @Override
    public void anonymise(DataSubject person) {
        for (Submission submission : submissions(person)) {
            submission.forgetFeedback();
            submission.getAttempts().stream().flatMap(a -> a.forgetContent().stream()).toList().forEach(files::erase);
        }
    }

    private List<Submission> submissions(DataSubject person) {
        return person.records(em, "select s from Submission s where s.trainee.id = :id order by s.id",
                Submission.class);
    }

    private static JsonObject submission(Submission submission) {
        return record()
                .with("course", submission.getAssignment().getCourse().getTitle())
                .with("assignment", submission.getAssignment().getTitle())
                .with("status", submission.getStatus().name())
                .with("late", submission.isLate())
                .with("points", submission.getPoints())
                .with("feedback", submission.getFeedback())
                .with("gradedAtUtc", submission.getGradedAt())
                .with("attempts", list(submission.getAttempts(), CoursePersonalData::attempt))
                .build();
    }

    private static JsonObject attempt(SubmissionAttempt attempt) {
        return record()
                .with("number", attempt.getAttemptNumber())
                .with("submittedAtUtc", attempt.getSubmittedAt())
                .with("late", attempt.isLate())
                .with("text", attempt.getBody())
                .with("files", list(attempt.getFiles(), CoursePersonalData::file))
                .build();
    }

    private static JsonObject file(StoredFile file) {
        return record()
                .with("id", file.getId())
                .with("name", file.getOriginalName())
                .with("type", file.getContentType())
                .with("bytes", file.getSizeBytes())
                .with("uploadedAtUtc", file.getUploadedAt())
                .build();
    }
}
