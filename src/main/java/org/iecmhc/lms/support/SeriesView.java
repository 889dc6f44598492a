package org.iecmhc.lms.support;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.offering.OfferingTermsForm;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
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
    private SeriesKind kind = SeriesKind.COMMUNITY_OF_SUPPORT;
    private OfferingTermsForm terms = new OfferingTermsForm();

    private List<SessionRow> sessions;
    private List<SurveyRow> survey;
    private Provider enrollee;
    private final NewProviderForm newProvider = new NewProviderForm();
    private final AttendanceForm attendance = new AttendanceForm();

    @Override
    protected boolean open(long id) {
        return fill(communities.find(viewer.get(), id), series -> {
            version = series.getVersion();
            form = new ServiceForm(series.getStartsOn(), series);
            kind = series.getKind();
            terms = new OfferingTermsForm(series.getTerms(), null);
        });
    }

    public String save() {
        return save("series", "support.series.saved", "/support/series.xhtml",
                () -> communities.start(viewer.get(), SeriesDetails.of(form, kind)),
                () -> version = communities.change(viewer.get(), getId(), version, SeriesDetails.of(form, kind))
                        .getVersion());
    }

    /** Saves the public registration settings; the series is offered from its first session. */
    public void saveTerms() {
        if (FormAction.done(() -> version = communities.offer(viewer.get(), getId(), terms.terms()).getVersion(),
                FormAction.toFields("terms"), "offering.terms.saved")) {
            open(getId());
        }
    }

    public void reschedule(SessionRow row, int index) {
        FormAction.done(() -> row.saved(communities.reschedule(viewer.get(), row.getId(), row.getVersion(),
                row.getWhen().value())), FormAction.toFields("sessions:table:" + index), "support.session.saved");
    }

    public void enrol() {
        if (FormAction.done(() -> communities.enrol(viewer.get(), getId(), enrollee == null ? null : enrollee.getId()),
                FormAction.toFields("enrol"), "support.enrollment.added")) {
            enrollee = null;
            forgetEnrollments();
        }
    }

    public void enrolNewProvider() {
        if (FormAction.done(() -> communities.enrolNewProvider(viewer.get(), getId(), newProvider.details()),
                newProvider::reject, "support.enrollment.added")) {
            newProvider.clear();
            forgetEnrollments();
        }
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
        FormAction.done(() -> communities.takeAttendance(viewer.get(), attendance.getSessionId(), attendance.present()),
                FormAction.toMessage("attendance:session"), "support.attendance.saved");
    }

    public void answerSurvey(SurveyRow row) {
        FormAction.done(() -> row.saved(communities.answerSurvey(viewer.get(), row.getId(), row.getVersion(),
                row.getSurvey().answer())), FormAction.toMessage(null), "support.survey.saved");
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

    public SeriesKind getKind() {
        return kind;
    }

    public void setKind(SeriesKind kind) {
        this.kind = kind;
    }

    public SeriesKind[] getKinds() {
        return SeriesKind.values();
    }

    public OfferingTermsForm getTerms() {
        return terms;
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
