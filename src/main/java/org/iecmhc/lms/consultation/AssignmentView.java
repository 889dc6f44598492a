package org.iecmhc.lms.consultation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.survey.SurveyAnswerForm;

/**
 * One consultation assignment: its details and action plan, its activity log, and closing it with the provider's
 * survey. Administrators create assignments; a consultant opens only their own.
 */
@Named
@ViewScoped
public class AssignmentView implements Serializable {

    private static final int SUGGESTIONS = 10;
    private static final Set<String> CLOSING_FIELDS = Set.of("closeEndOn", "surveyComments", "quotable");

    @Inject
    AccountService accounts;

    @Inject
    ConsultationAssignments assignments;

    @Inject
    ProviderRegistry providers;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;

    private Long consultantId;
    private Provider provider;
    private ConsultationLevel level;
    private Modality modality;
    private LocalDate startOn;
    private LocalDate endOn;
    private AssignmentStatus status = AssignmentStatus.OPEN;
    private Integer childrenBenefiting = 0;
    private Integer staffInfluenced = 0;
    private String actionPlan;

    private LocalDate activityOn;
    private Integer minutes;
    private ActivityKind kind;
    private String note;
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
        AssignmentDetails details = new AssignmentDetails(consultantId, provider == null ? null : provider.getId(), level,
                modality, startOn, endOn, status, childrenBenefiting, staffInfluenced, actionPlan);
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
            assignments.logActivity(viewer.get(), id, new ActivityEntry(activityOn, minutes, kind, note));
        } catch (InputRejected rejected) {
            Messages.reject("activity", rejected);
            return;
        }
        activityOn = null;
        minutes = null;
        kind = null;
        note = null;
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
            show(assignments.close(viewer.get(), id, version, closeEndOn,
                    survey.answer()));
        } catch (InputRejected rejected) {
            Messages.error(CLOSING_FIELDS.contains(rejected.field()) ? "closing:" + rejected.field() : null, rejected.messageKey());
            return;
        }
        Messages.info("consultation.closing.saved");
    }

    private void show(ConsultationAssignment assignment) {
        version = assignment.getVersion();
        consultantId = assignment.getConsultant().getId();
        provider = assignment.getProvider();
        level = assignment.getLevel();
        modality = assignment.getModality();
        startOn = assignment.getStartOn();
        endOn = assignment.getEndOn();
        status = assignment.getStatus();
        childrenBenefiting = assignment.getChildrenBenefiting();
        staffInfluenced = assignment.getStaffInfluenced();
        actionPlan = assignment.getActionPlan();
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

    public List<Provider> suggestProviders(String text) {
        return providers.suggest(text, SUGGESTIONS);
    }

    public List<Account> getConsultants() {
        return accounts.activeWithRole(Role.CONSULTANT);
    }

    public String getConsultantName() {
        return getConsultants().stream().filter(a -> a.getId().equals(consultantId)).map(Account::getDisplayName)
                .findFirst().orElse("");
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
    }

    public boolean isClosed() {
        return status == AssignmentStatus.CLOSED && id != null;
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

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
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

    public Long getConsultantId() {
        return consultantId;
    }

    public void setConsultantId(Long consultantId) {
        this.consultantId = consultantId;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public ConsultationLevel getLevel() {
        return level;
    }

    public void setLevel(ConsultationLevel level) {
        this.level = level;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssignmentStatus status) {
        this.status = status;
    }

    public Integer getChildrenBenefiting() {
        return childrenBenefiting;
    }

    public void setChildrenBenefiting(Integer childrenBenefiting) {
        this.childrenBenefiting = childrenBenefiting;
    }

    public Integer getStaffInfluenced() {
        return staffInfluenced;
    }

    public void setStaffInfluenced(Integer staffInfluenced) {
        this.staffInfluenced = staffInfluenced;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    public void setActionPlan(String actionPlan) {
        this.actionPlan = actionPlan;
    }

    public LocalDate getActivityOn() {
        return activityOn;
    }

    public void setActivityOn(LocalDate activityOn) {
        this.activityOn = activityOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
