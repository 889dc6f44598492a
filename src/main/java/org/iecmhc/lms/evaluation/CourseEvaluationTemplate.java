package org.iecmhc.lms.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** An administrator's choice of template for one course, in place of the default course-evaluation template. */
@Entity
@Table(name = "course_evaluation_template")
public class CourseEvaluationTemplate extends AuditedRecord {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @ManyToOne(optional = false)
    private SurveyTemplate template;

    protected CourseEvaluationTemplate() {
    }

    CourseEvaluationTemplate(Course course, SurveyTemplate template) {
        this.course = course;
        this.template = template;
    }

    void use(SurveyTemplate template) {
        this.template = template;
    }

    @Override
    public String auditLabel() {
        return "course " + course.getId() + " evaluates with template " + template.getId();
    }

    public SurveyTemplate getTemplate() {
        return template;
    }
}
