package org.iecmhc.lms.consultation;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;
import org.iecmhc.lms.survey.SurveyAnswerForm;

/**
 * One consultation assignment: its details and action plan, its activity log, and closing it with the provider's
 * survey. Administrators create assignments; a consultant opens only their own.
 */
@Named
@ViewScoped
public class AssignmentView extends RecordView {

    @Inject
    Accounts accounts;

    @Inject
    ConsultationAssignments assignments;

    @Inject
    CurrentViewer viewer;

    private long version;

    private AssignmentForm form = new AssignmentForm();
    private ActivityForm activity = new ActivityForm();
    private List<ConsultationActivity> activities;
    private ActivityTotals totals;

    private LocalDate closeEndOn;
    private SurveyAnswerForm survey = new SurveyAnswerForm();

    @Override
    protected boolean open(long id) {
        return fill(assignments.find(viewer.get(), id), this::show);
    }

    /** Only administrators assign consultants; a consultant has nothing to open here. */
    @Override
    protected boolean prepareNew() {
        return viewer.get().administrator();
    }

    public String save() {
        AssignmentDetails details = form.details();
        return save("assignment", "consultation.assignment.saved", "/consultation/assignment.xhtml",
                () -> assignments.assign(viewer.get(), details),
                () -> show(assignments.change(viewer.get(), getId(), version, details)));
    }

    public void addActivity() {
        if (FormAction.done(() -> assignments.logActivity(viewer.get(), getId(), activity.entry()),
                FormAction.toFields("activity"), "consultation.activity.added")) {
            activity = new ActivityForm();
            forgetLog();
        }
    }

    public void removeActivity(long activityId) {
        assignments.removeActivity(viewer.get(), activityId);
        forgetLog();
        Messages.info("consultation.activity.removed");
    }

    public void close() {
        FormAction.done(() -> show(assignments.close(viewer.get(), getId(), version, closeEndOn, survey.answer())),
                FormAction.toFields("closing"), "consultation.closing.saved");
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
            activities = hasRecord() ? assignments.activities(viewer.get(), getId()) : List.of();
        }
        return activities;
    }

    public ActivityTotals getTotals() {
        if (totals == null) {
            totals = hasRecord() ? assignments.totals(viewer.get(), getId()) : new ActivityTotals(0, 0);
        }
        return totals;
    }

    public String getConsultantName() {
        return accounts.activeWithRole(Role.CONSULTANT).stream().filter(a -> a.getId().equals(form.getConsultantId())).map(Account::getDisplayName)
                .findFirst().orElse("");
    }

    public boolean isClosed() {
        return form.getStatus() == AssignmentStatus.CLOSED && !isNew();
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
