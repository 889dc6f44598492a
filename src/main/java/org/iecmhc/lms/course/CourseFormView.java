package org.iecmhc.lms.course;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.PartUpload;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/**
 * Creating or editing a course, and, once it exists, its modules, materials and assignments. A refused save keeps
 * everything typed and says why next to the field.
 */
@Named
@ViewScoped
public class CourseFormView extends RecordView {

    @Inject
    Courses courses;

    @Inject
    FileStore files;

    @Inject
    CurrentViewer viewer;

    private CourseForm form = new CourseForm();
    private String moduleTitle;
    private final MaterialForm material = new MaterialForm();
    private transient List<CourseModule> modules;
    private transient List<Assignment> assignments;

    @Override
    protected boolean open(long id) {
        return fill(courses.find(id), course -> form = CourseForm.of(course));
    }

    public String save() {
        return FormAction.doneThenGo(() -> {
            Course saved = isNew() ? courses.create(form.getCohortId(), form.details(), form.getFacultyId(), form.coTeachers())
                    : courses.update(getId(), form.version(), form.getCohortId(), form.details(), form.getFacultyId(),
                            form.coTeachers());
            return "/course/admin/course.xhtml?faces-redirect=true&id=" + saved.getId();
        }, FormAction.toFields("course"), isNew() ? "course.created" : "course.saved");
    }

    public String addModule() {
        return FormAction.doneThenGo(() -> {
            courses.addModule(getId(), moduleTitle);
            return reload();
        }, FormAction.toMessage("modules:moduleTitle"), "module.added");
    }

    public String removeModule(long moduleId) {
        courses.removeModule(moduleId);
        Messages.infoAcrossRedirect("module.removed");
        return reload();
    }

    public String addLink() {
        return FormAction.doneThenGo(() -> {
            courses.addLink(material.getModuleId(), material.getTitle(), material.getUrl());
            return reload();
        }, FormAction.toFields("materials"), "material.added");
    }

    public String addFile() {
        try {
            courses.addFile(material.getModuleId(), material.getTitle(), PartUpload.of(material.getFile()),
                    upload -> files.store(upload, viewer.get().email()));
            Messages.infoAcrossRedirect("material.added");
            return reload();
        } catch (CourseRejected rejected) {
            Messages.reject("materials", rejected);
        } catch (FileRejected rejected) {
            Messages.error("materials:materialFile", rejected.messageKey());
        }
        return null;
    }

    public String removeMaterial(long materialId) {
        courses.removeMaterial(materialId);
        Messages.infoAcrossRedirect("material.removed");
        return reload();
    }

    public String deleteAssignment(long assignmentId) {
        try {
            courses.deleteAssignment(assignmentId);
            Messages.infoAcrossRedirect("assignment.deleted");
            return reload();
        } catch (CourseRejected rejected) {
            Messages.error(null, rejected.messageKey());
            return null;
        }
    }

    private String reload() {
        return "/course/admin/course.xhtml?faces-redirect=true&id=" + getId();
    }

    /** Read once per view: every change redirects to a fresh view. */
    public List<CourseModule> getModules() {
        if (modules == null) {
            modules = isNew() ? List.of() : courses.find(getId()).map(Course::getModules).orElse(List.of());
        }
        return modules;
    }

    public List<Assignment> getAssignments() {
        if (assignments == null) {
            assignments = isNew() ? List.of() : courses.assignments(getId());
        }
        return assignments;
    }

    public String due(Assignment assignment) {
        return PacificTime.format(assignment.getDueAt());
    }

    public List<Cohort> getCohorts() {
        return courses.cohorts();
    }

    public List<Account> getFacultyMembers() {
        return courses.facultyMembers();
    }

    public CourseForm getForm() {
        return form;
    }

    public MaterialForm getMaterial() {
        return material;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public void setModuleTitle(String moduleTitle) {
        this.moduleTitle = moduleTitle;
    }
}
