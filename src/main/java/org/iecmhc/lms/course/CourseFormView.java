package org.iecmhc.lms.course;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.PartUpload;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Creating or editing a course, and, once it exists, its modules, materials and assignments. A refused save keeps
 * everything typed and says why next to the field.
 */
@Named
@ViewScoped
public class CourseFormView implements Serializable {

    @Inject
    CourseService courses;

    @Inject
    FileStore files;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private Long cohortId;
    private Long facultyId;
    private String title;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean required = true;
    private int passingPercent = 70;

    private String moduleTitle;
    private Long materialModuleId;
    private String materialTitle;
    private String materialUrl;
    private transient Part materialFile;
    private transient List<CourseModule> modules;
    private transient List<Assignment> assignments;

    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        courses.find(id).ifPresentOrElse(this::fill, () -> notFound = true);
    }

    private void fill(Course course) {
        version = course.getVersion();
        cohortId = course.getCohort().getId();
        facultyId = course.getFaculty() == null ? null : course.getFaculty().getId();
        title = course.getTitle();
        description = course.getDescription();
        startDate = course.getStartDate();
        endDate = course.getEndDate();
        required = course.isRequired();
        passingPercent = course.getPassingPercent();
    }

    public String save() {
        CourseDetails details = new CourseDetails(title, description, startDate, endDate, required, passingPercent);
        try {
            if (cohortId == null) {
                throw new CourseRejected("cohort", "course.cohort.required");
            }
            Course saved = id == null ? courses.create(cohortId, details, facultyId)
                    : courses.update(id, version, cohortId, details, facultyId);
            Messages.infoAcrossRedirect(id == null ? "course.created" : "course.saved");
            return "/course/admin/course.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (CourseRejected rejected) {
            Messages.reject("course", rejected);
            return null;
        }
    }

    public String addModule() {
        try {
            courses.addModule(id, moduleTitle);
            Messages.infoAcrossRedirect("module.added");
            return reload();
        } catch (CourseRejected rejected) {
            Messages.error("modules:moduleTitle", rejected.messageKey());
            return null;
        }
    }

    public String removeModule(long moduleId) {
        courses.removeModule(moduleId);
        Messages.infoAcrossRedirect("module.removed");
        return reload();
    }

    public String addLink() {
        try {
            courses.addLink(requireModule(), materialTitle, materialUrl);
            Messages.infoAcrossRedirect("material.added");
            return reload();
        } catch (CourseRejected rejected) {
            Messages.reject("materials", rejected);
            return null;
        }
    }

    public String addFile() {
        try {
            long moduleId = requireModule();
            CourseService.requireText("materialTitle", materialTitle, CourseLimits.TITLE);
            PartUpload upload = PartUpload.of(materialFile);
            if (upload == null) {
                throw new CourseRejected("materialFile", "file.required");
            }
            courses.addFile(moduleId, materialTitle, files.store(upload, viewer.get().email()));
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

    private long requireModule() {
        if (materialModuleId == null) {
            throw new CourseRejected("materialModule", "material.module.required");
        }
        return materialModuleId;
    }

    private String reload() {
        return "/course/admin/course.xhtml?faces-redirect=true&id=" + id;
    }

    /** Read once per view: every change redirects to a fresh view. */
    public List<CourseModule> getModules() {
        if (modules == null) {
            modules = id == null ? List.of() : courses.find(id).map(Course::getModules).orElse(List.of());
        }
        return modules;
    }

    public List<Assignment> getAssignments() {
        if (assignments == null) {
            assignments = id == null ? List.of() : courses.assignments(id);
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

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getFacultyId() {
        return facultyId;
    }

    public void setFacultyId(Long facultyId) {
        this.facultyId = facultyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public int getPassingPercent() {
        return passingPercent;
    }

    public void setPassingPercent(int passingPercent) {
        this.passingPercent = passingPercent;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public void setModuleTitle(String moduleTitle) {
        this.moduleTitle = moduleTitle;
    }

    public Long getMaterialModuleId() {
        return materialModuleId;
    }

    public void setMaterialModuleId(Long materialModuleId) {
        this.materialModuleId = materialModuleId;
    }

    public String getMaterialTitle() {
        return materialTitle;
    }

    public void setMaterialTitle(String materialTitle) {
        this.materialTitle = materialTitle;
    }

    public String getMaterialUrl() {
        return materialUrl;
    }

    public void setMaterialUrl(String materialUrl) {
        this.materialUrl = materialUrl;
    }

    public Part getMaterialFile() {
        return materialFile;
    }

    public void setMaterialFile(Part materialFile) {
        this.materialFile = materialFile;
    }
}
