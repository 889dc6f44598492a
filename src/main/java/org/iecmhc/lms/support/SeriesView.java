package org.iecmhc.lms.support;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * One Community of Support series: its details, and once started, its sessions, enrolled providers, attendance per
 * session and the final survey. A consultant opens only the series they facilitate. Rows are kept for the life of
 * the page so that what is typed in one survives until it is saved.
 */
@Named
@ViewScoped
public class SeriesView implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    ProviderRegistry providers;

    @Inject
    AccountService accounts;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private String title;
    private ServiceLanguage language;
    private Long facilitatorId;
    private LocalDate startsOn;

    private List<SessionRow> sessions;
    private List<SurveyRow> survey;
    private Provider enrollee;
    private String newProviderName;
    private ProviderKind newProviderKind;
    private String newProviderCounty;
    private Long attendanceSessionId;
    private List<AttendanceRow> attendance;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            if (!viewer.get().administrator()) {
                facilitatorId = accounts.findByEmail(viewer.get().email()).map(Account::getId).orElse(null);
            }
            return;
        }
        communities.find(viewer.get(), id).ifPresentOrElse(series -> {
            version = series.getVersion();
            title = series.getTitle();
            language = series.getLanguage();
            facilitatorId = series.getFacilitator().getId();
            startsOn = series.getStartsOn();
        }, () -> notFound = true);
    }

    public String save() {
        try {
            if (id == null) {
                SupportSeries series = communities.start(title, language, facilitatorOrSelf(), startsOn);
                Messages.infoAcrossRedirect("support.series.saved");
                return "/support/series.xhtml?faces-redirect=true&id=" + series.getId();
            }
            version = communities.change(viewer.get(), id, version, title, language, facilitatorOrSelf()).getVersion();
        } catch (InputRejected rejected) {
            Messages.reject("series", rejected);
            return null;
        }
        Messages.info("support.series.saved");
        return null;
    }

    public void reschedule(SessionRow row, int index) {
        try {
            row.saved(communities.reschedule(viewer.get(), row.getSessionId(), row.getVersion(), row.startsAtPacific(),
                    row.getMinutes()));
            Messages.info("support.session.saved");
        } catch (InputRejected rejected) {
            String field = "minutes".equals(rejected.field()) ? "minutes" : "date";
            Messages.error("sessions:table:" + index + ":" + field, rejected.messageKey());
        }
    }

    public void enrol() {
        if (enrollee == null) {
            Messages.error("enrol:provider", "support.enrollment.chooseProvider");
            return;
        }
        try {
            communities.enrol(viewer.get(), id, enrollee.getId());
            enrollee = null;
            enrolled();
        } catch (InputRejected rejected) {
            Messages.reject("enrol", rejected);
        }
    }

    public void enrolNewProvider() {
        try {
            communities.enrolNewProvider(viewer.get(), id, new ProviderDetails(newProviderName, newProviderKind,
                    newProviderCounty, null, null, null, null, null, EnumSet.of(language)));
        } catch (InputRejected rejected) {
            String field = "name".equals(rejected.field()) ? "newName" : "county".equals(rejected.field()) ? "newCounty"
                    : "kind".equals(rejected.field()) ? "newKind" : rejected.field();
            Messages.error("newProvider:" + field, rejected.messageKey());
            return;
        }
        newProviderName = null;
        newProviderKind = null;
        newProviderCounty = null;
        enrolled();
    }

    private void enrolled() {
        survey = null;
        attendance = null;
        Messages.info("support.enrollment.added");
    }

    public void unenrol(long enrollmentId) {
        communities.unenrol(viewer.get(), enrollmentId);
        survey = null;
        attendance = null;
        Messages.info("support.enrollment.removed");
    }

    public void chooseAttendanceSession() {
        attendance = null;
    }

    public void takeAttendance() {
        if (attendanceSessionId == null) {
            Messages.error("attendance:session", "support.attendance.chooseSession");
            return;
        }
        Set<Long> present = getAttendance().stream().filter(AttendanceRow::isPresent)
                .map(AttendanceRow::getEnrollmentId).collect(Collectors.toSet());
        try {
            communities.takeAttendance(viewer.get(), attendanceSessionId, present);
            Messages.info("support.attendance.saved");
        } catch (InputRejected rejected) {
            Messages.error("attendance:session", rejected.messageKey());
        }
    }

    public void answerSurvey(SurveyRow row) {
        try {
            row.saved(communities.answerSurvey(viewer.get(), row.getEnrollmentId(), row.getVersion(),
                    row.getSurvey().answer()));
            Messages.info("support.survey.saved");
        } catch (InputRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            sessions = hasSeries() ? communities.sessions(viewer.get(), id).stream().map(SessionRow::new).toList() : List.of();
        }
        return sessions;
    }

    public List<SurveyRow> getSurvey() {
        if (survey == null) {
            survey = hasSeries() ? communities.enrollments(viewer.get(), id).stream().map(SurveyRow::new).toList() : List.of();
        }
        return survey;
    }

    /** The chosen session's grid: one box per enrolled provider, ticked for those recorded as present. */
    public List<AttendanceRow> getAttendance() {
        if (attendance == null) {
            if (!hasSeries() || attendanceSessionId == null) {
                return List.of();
            }
            Set<Long> present = communities.presentEnrollmentIds(viewer.get(), attendanceSessionId);
            attendance = communities.enrollments(viewer.get(), id).stream()
                    .map(e -> new AttendanceRow(e, present.contains(e.getId()))).toList();
        }
        return attendance;
    }

    /** Such as "2026-03-04 18:30 PT", for the attendance session menu. */
    public String label(SessionRow row) {
        return row.startsAtPacific() == null ? "" : PacificTime.format(PacificTime.toUtc(row.startsAtPacific()));
    }

    public List<Provider> suggestProviders(String text) {
        return providers.suggest(text, SUGGESTIONS);
    }

    /** The consultants who may facilitate: the same as for Open-Door sessions. */
    public List<Account> getFacilitators() {
        return accounts.activeWithRole(Role.CONSULTANT);
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
    }

    public ServiceLanguage[] getLanguages() {
        return new ServiceLanguage[] {ServiceLanguage.EN, ServiceLanguage.ES};
    }

    public ProviderKind[] getKinds() {
        return ProviderKind.values();
    }

    private boolean hasSeries() {
        return id != null && !notFound;
    }

    private long facilitatorOrSelf() {
        if (facilitatorId == null) {
            throw new InputRejected("facilitator", "support.facilitator.required");
        }
        return facilitatorId;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Provider getEnrollee() {
        return enrollee;
    }

    public void setEnrollee(Provider enrollee) {
        this.enrollee = enrollee;
    }

    public String getNewProviderName() {
        return newProviderName;
    }

    public void setNewProviderName(String newProviderName) {
        this.newProviderName = newProviderName;
    }

    public ProviderKind getNewProviderKind() {
        return newProviderKind;
    }

    public void setNewProviderKind(ProviderKind newProviderKind) {
        this.newProviderKind = newProviderKind;
    }

    public String getNewProviderCounty() {
        return newProviderCounty;
    }

    public void setNewProviderCounty(String newProviderCounty) {
        this.newProviderCounty = newProviderCounty;
    }

    public Long getAttendanceSessionId() {
        return attendanceSessionId;
    }

    public void setAttendanceSessionId(Long attendanceSessionId) {
        this.attendanceSessionId = attendanceSessionId;
    }
}
