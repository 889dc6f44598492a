package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;

/** Creating or editing an assignment of a course and its rubric. A refused save keeps everything typed. */
@Named
@ViewScoped
public class AssignmentFormView implements Serializable {

    @Inject
    Courses courses;

    private Long courseId;
    private Long id;
    private boolean loaded;
    private boolean notFound;
    private String courseTitle;
    private AssignmentForm form = new AssignmentForm();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            courses.findAssignment(id).ifPresentOrElse(assignment -> {
                courseId = assignment.getCourse().getId();
                form = AssignmentForm.of(assignment);
            }, () -> notFound = true);
        }
        if (courseId == null) {
            notFound = true;
            return;
        }
        courses.find(courseId).ifPresentOrElse(c -> courseTitle = c.getTitle(), () -> notFound = true);
    }

    public String save() {
        try {
            courses.saveAssignment(courseId, id, form.version(), form.details());
        } catch (CourseRejected rejected) {
            Messages.reject("assignment", rejected);
            return null;
        }
        Messages.infoAcrossRedirect(id == null ? "assignment.created" : "assignment.saved");
        return "/course/admin/course.xhtml?faces-redirect=true&id=" + courseId;
    }

    public void addCriterion() {
        form.addCriterion();
    }

    public void removeCriterion(int index) {
        form.removeCriterion(index);
    }

    public void addLevel(int criterion) {
        form.addLevel(criterion);
    }

    public void removeLevel(int criterion, int level) {
        form.removeLevel(criterion, level);
    }

    public List<GradingKind> getGradingKinds() {
        return List.of(GradingKind.values());
    }

    public AssignmentForm getForm() {
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
