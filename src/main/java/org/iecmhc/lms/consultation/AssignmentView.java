package org.iecmhc.lms.consultation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.survey.SurveyAnswerForm;

/**
 * One consultation assignment: its details and action plan, its activity log, and closing it with the provider's
 * survey. Administrators create assignments; a consultant opens only their own.
 */
@Named
@ViewScoped
public class AssignmentView implements Serializable {

    @Inject
    Accounts accounts;

    @Inject
    ConsultationAssignments assignments;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;

    private AssignmentForm form = new AssignmentForm();
    private ActivityForm activity = new ActivityForm();
    private List<ConsultationActivity> activities;
    private ActivityTotals totals;

    private LocalDate closeEndOn;
    private SurveyAnswerForm survey = new SurveyAnswerForm();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            // Only administrators assign consultants; a consultant has nothing to open here.
            notFound = !viewer.get().administrator();
            return;
        }
        assignments.find(viewer.get(), id).ifPresentOrElse(this::show, () -> notFound = true);
    }

    public String save() {
        AssignmentDetails details = form.details();
        try {
            if (id == null) {
                ConsultationAssignment assignment = assignments.assign(viewer.get(), details);
                Messages.infoAcrossRedirect("consultation.assignment.saved");
                return "/consultation/assignment.xhtml?faces-redirect=true&id=" + assignment.getId();
            }
            show(assignments.change(viewer.get(), id, version, details));
        } catch (InputRejected rejected) {
            Messages.reject("assignment", rejected);
            return null;
        }
        Messages.info("consultation.assignment.saved");
        return null;
    }

    public void addActivity() {
        try {
            assignments.logActivity(viewer.get(), id, activity.entry());
        } catch (InputRejected rejected) {
            Messages.reject("activity", rejected);
            return;
        }
        activity = new ActivityForm();
        forgetLog();
        Messages.info("consultation.activity.added");
    }

    public void removeActivity(long activityId) {
        assignments.removeActivity(viewer.get(), activityId);
        forgetLog();
        Messages.info("consultation.activity.removed");
    }

    public void close() {
        try {
            show(assignments.close(viewer.get(), id, version, closeEndOn, survey.answer()));
        } catch (InputRejected rejected) {
            Messages.reject("closing", rejected);
            return;
        }
        Messages.info("consultation.closing.saved");
    }

    private void show(ConsultationAssignment assignment) {
        version = assignment.getVersion();
        form = AssignmentForm.of(assignment);
        closeEndOn = assignment.getEndOn();
        survey = SurveyAnswerForm.of(assignment.getSurvey());
    }

    private void forgetLog() {
        activities = null;
        totals = null;
    }

    public List<ConsultationActivity> getActivities() {
        if (activities == null) {
            activities = id == null || notFound ? List.of() : assignments.activities(viewer.get(), id);
        }
        return activities;
    }

    public ActivityTotals getTotals() {
        if (totals == null) {
            totals = id == null || notFound ? new ActivityTotals(0, 0) : assignments.totals(viewer.get(), id);
        }
        return totals;
    }

    public String getConsultantName() {
        return accounts.activeWithRole(Role.CONSULTANT).stream().filter(a -> a.getId().equals(form.getConsultantId())).map(Account::getDisplayName)
                .findFirst().orElse("");
    }

    public boolean isClosed() {
        return form.getStatus() == AssignmentStatus.CLOSED && id != null;
    }

    public ConsultationLevel[] getLevels() {
        return ConsultationLevel.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public AssignmentStatus[] getStatuses() {
        return AssignmentStatus.values();
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

    public AssignmentForm getForm() {
        return form;
    }

    public ActivityForm getActivity() {
        return activity;
    }

    public LocalDate getCloseEndOn() {
        return closeEndOn;
    }

    public void setCloseEndOn(LocalDate closeEndOn) {
        this.closeEndOn = closeEndOn;
    }

    public SurveyAnswerForm getSurvey() {
        return survey;
    }
}
