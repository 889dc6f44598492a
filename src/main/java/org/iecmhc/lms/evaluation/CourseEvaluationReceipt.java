package org.iecmhc.lms.evaluation;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** That a trainee has answered a course's final evaluation; what they answered is kept apart, without their name. */
@Entity
@Table(name = "course_evaluation_receipt")
public class CourseEvaluationReceipt extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Account trainee;

    private LocalDateTime submittedAt;

    protected CourseEvaluationReceipt() {
    }

    CourseEvaluationReceipt(Course course, Account trainee, LocalDateTime submittedAt) {
        this.course = course;
        this.trainee = trainee;
        this.submittedAt = submittedAt;
    }

    @Override
    public String auditLabel() {
        return "course evaluation of course " + course.getId();
    }

    public Course getCourse() {
        return course;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
