package org.iecmhc.lms.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/** One answer of an anonymous course evaluation response; not audited for the same reason as its response. */
@Entity
@Table(name = "course_evaluation_answer")
public class CourseEvaluationAnswer extends GeneratedId {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CourseEvaluationResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SurveyQuestion question;

    private Integer likert;

    private Boolean yesNo;

    @Column(name = "text_answer")
    private String text;

    protected CourseEvaluationAnswer() {
    }

    CourseEvaluationAnswer(CourseEvaluationResponse response, SurveyQuestion question, Answer answer) {
        this.response = response;
        this.question = question;
        this.likert = answer.likert();
        this.yesNo = answer.yesNo();
        this.text = answer.text();
    }
}
