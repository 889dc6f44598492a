package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;

/**
 * The group figures of one course's final evaluation for its faculty member or an administrator; an administrator
 * also picks the template the course is evaluated with.
 */
@Named
@ViewScoped
public class ResultView implements Serializable {

    @Inject
    CourseEvaluations evaluations;

    @Inject
    SurveyTemplates templates;

    @Inject
    CurrentViewer viewer;

    private Long courseId;
    private boolean loaded;
    private boolean notFound;
    private String courseTitle;
    private Long templateId;
    private transient CourseEvaluationSummary summary;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            Course course = evaluations.readableCourse(viewer.get().email(), courseId == null ? -1 : courseId);
            courseTitle = course.getTitle();
            templateId = evaluations.templateOf(course).getId();
        } catch (EvaluationRejected rejected) {
            notFound = true;
        }
    }

    public CourseEvaluationSummary getSummary() {
        if (summary == null && !notFound) {
            summary = evaluations.summary(viewer.get().email(), courseId);
        }
        return summary;
    }

    public void useTemplate() {
        try {
            evaluations.useTemplate(viewer.get().email(), courseId, templateId);
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

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public boolean isNotFound() {
        return notFound;
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
