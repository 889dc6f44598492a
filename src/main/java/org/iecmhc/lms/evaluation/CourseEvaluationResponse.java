package org.iecmhc.lms.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/**
 * One trainee's answers to a course's final evaluation, with no link to the trainee. Deliberately not an audited
 * record: the audit log names who made each change, which would tie the answers back to the trainee. It is
 * written once and never changed.
 */
@Entity
@Table(name = "course_evaluation_response")
public class CourseEvaluationResponse extends GeneratedId {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SurveyTemplate template;

    private LocalDate submittedOn;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL)
    private List<CourseEvaluationAnswer> answers = new ArrayList<>();

    protected CourseEvaluationResponse() {
    }

    CourseEvaluationResponse(Course course, SurveyTemplate template, LocalDate submittedOn) {
        this.course = course;
        this.template = template;
        this.submittedOn = submittedOn;
    }

    void answer(SurveyQuestion question, Answer answer) {
        answers.add(new CourseEvaluationAnswer(this, question, answer));
    }
}
