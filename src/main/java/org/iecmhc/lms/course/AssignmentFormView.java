package org.iecmhc.lms.course;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/** Creating or editing an assignment of a course and its rubric. A refused save keeps everything typed. */
@Named
@ViewScoped
public class AssignmentFormView extends RecordView {

    @Inject
    Courses courses;

    private Long courseId;
    private String courseTitle;
    private AssignmentForm form = new AssignmentForm();

    @Override
    protected boolean open(long id) {
        return fill(courses.findAssignment(id), assignment -> {
            courseId = assignment.getCourse().getId();
            form = AssignmentForm.of(assignment);
        }) && findCourse();
    }

    /** A new assignment is made in the course named by the page's course parameter. */
    @Override
    protected boolean prepareNew() {
        return findCourse();
    }

    private boolean findCourse() {
        return courseId != null && fill(courses.find(courseId), course -> courseTitle = course.getTitle());
    }

    public String save() {
        return FormAction.doneThenGo(() -> {
            courses.saveAssignment(courseId, getId(), form.version(), form.details());
            return "/course/admin/course.xhtml?faces-redirect=true&id=" + courseId;
        }, FormAction.toFields("assignment"), isNew() ? "assignment.created" : "assignment.saved");
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

    public String getCourseTitle() {
        return courseTitle;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
