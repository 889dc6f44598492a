package org.iecmhc.lms.support;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.RecordView;
import org.iecmhc.lms.provider.NewProviderForm;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceForm;

/**
 * One Community of Support series: its details, and once started, its sessions, enrolled providers, attendance per
 * session and the final survey. A consultant opens only the series they facilitate. Rows are kept for the life of
 * the page so that what is typed in one survives until it is saved.
 */
@Named
@ViewScoped
public class SeriesView extends RecordView {

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    CurrentViewer viewer;

    private long version;
    private ServiceForm form = new ServiceForm();

    private List<SessionRow> sessions;
    private List<SurveyRow> survey;
    private Provider enrollee;
    private final NewProviderForm newProvider = new NewProviderForm();
    private final AttendanceForm attendance = new AttendanceForm();

    @Override
    protected boolean open(long id) {
        return fill(communities.find(viewer.get(), id), series -> {
            version = series.getVersion();
            form = new ServiceForm(series.getStartsOn(), series.getTitle(), series.getLanguage(),
                    series.getFacilitator().getId());
        });
    }

    public String save() {
        return save("series", "support.series.saved", "/support/series.xhtml",
                () -> communities.start(viewer.get(), SeriesDetails.of(form)),
                () -> version = communities.change(viewer.get(), getId(), version, SeriesDetails.of(form)).getVersion());
    }

    public void reschedule(SessionRow row, int index) {
        try {
            row.saved(communities.reschedule(viewer.get(), row.getId(), row.getVersion(), row.getWhen().value()));
            Messages.info("support.session.saved");
        } catch (InputRejected rejected) {
            Messages.reject("sessions:table:" + index, rejected);
        }
    }

    public void enrol() {
        try {
            communities.enrol(viewer.get(), getId(), enrollee == null ? null : enrollee.getId());
            enrollee = null;
            enrolled();
        } catch (InputRejected rejected) {
            Messages.reject("enrol", rejected);
        }
    }

    public void enrolNewProvider() {
        try {
            communities.enrolNewProvider(viewer.get(), getId(), newProvider.details());
        } catch (InputRejected rejected) {
            newProvider.reject(rejected);
            return;
        }
        newProvider.clear();
        enrolled();
    }

    private void enrolled() {
        forgetEnrollments();
        Messages.info("support.enrollment.added");
    }

    public void unenrol(long enrollmentId) {
        communities.unenrol(viewer.get(), enrollmentId);
        forgetEnrollments();
        Messages.info("support.enrollment.removed");
    }

    private void forgetEnrollments() {
        survey = null;
        attendance.forget();
    }

    public void takeAttendance() {
        try {
            communities.takeAttendance(viewer.get(), attendance.getSessionId(), attendance.present());
            Messages.info("support.attendance.saved");
        } catch (InputRejected rejected) {
            Messages.error("attendance:session", rejected.messageKey());
        }
    }

    public void answerSurvey(SurveyRow row) {
        try {
            row.saved(communities.answerSurvey(viewer.get(), row.getId(), row.getVersion(),
                    row.getSurvey().answer()));
            Messages.info("support.survey.saved");
        } catch (InputRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            sessions = hasRecord()
                    ? communities.sessions(viewer.get(), getId()).stream().map(SessionRow::new).toList() : List.of();
        }
        return sessions;
    }

    public List<SurveyRow> getSurvey() {
        if (survey == null) {
            survey = hasRecord()
                    ? communities.enrollments(viewer.get(), getId()).stream().map(SurveyRow::new).toList() : List.of();
        }
        return survey;
    }

    public AttendanceForm getAttendance() {
        if (hasRecord() && attendance.needsRows()) {
            attendance.fill(communities.enrollments(viewer.get(), getId()),
                    communities.presentEnrollmentIds(viewer.get(), attendance.getSessionId()));
        }
        return attendance;
    }

    public ServiceForm getForm() {
        return form;
    }

    public Provider getEnrollee() {
        return enrollee;
    }

    public void setEnrollee(Provider enrollee) {
        this.enrollee = enrollee;
    }

    public NewProviderForm getNewProvider() {
        return newProvider;
    }
}
