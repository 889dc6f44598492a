package org.iecmhc.lms.evaluation;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.ExistingRecordView;

/**
 * The group figures of one course's final evaluation for its faculty member or an administrator; an administrator
 * also picks the template the course is evaluated with.
 */
@Named
@ViewScoped
public class ResultView extends ExistingRecordView {

    @Inject
    CourseEvaluations evaluations;

    @Inject
    SurveyTemplates templates;

    @Inject
    CurrentViewer viewer;

    private String courseTitle;
    private Long templateId;
    private transient CourseEvaluationSummary summary;

    @Override
    protected boolean open(long courseId) {
        try {
            Course course = evaluations.readableCourse(viewer.get().email(), courseId);
            courseTitle = course.getTitle();
            templateId = evaluations.templateOf(course).getId();
            return true;
        } catch (EvaluationRejected rejected) {
            return false;
        }
    }

    public CourseEvaluationSummary getSummary() {
        if (summary == null && !isNotFound()) {
            summary = evaluations.summary(viewer.get().email(), getId());
        }
        return summary;
    }

    public void useTemplate() {
        try {
            evaluations.useTemplate(viewer.get().email(), getId(), templateId);
            summary = null;
            Messages.info("evaluation.course.templateSaved");
        } catch (EvaluationRejected rejected) {
            Messages.error("template:template", rejected.messageKey());
        }
    }

    public List<SurveyTemplate> getTemplates() {
        return templates.choosable(SurveyPurpose.COURSE_EVALUATION);
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
    }

    public List<Integer> getScale() {
        return QuestionKind.likertScale();
    }

    public int getThreshold() {
        return CourseEvaluationSummary.THRESHOLD;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
