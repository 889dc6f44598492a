package org.iecmhc.lms.opendoor;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.offering.OfferingTermsForm;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.web.RecordView;
import org.iecmhc.lms.provider.NewProviderForm;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceForm;
import org.iecmhc.lms.survey.ProviderAnswerRow;

/**
 * One Open-Door session: its details, and once saved, who attended and what they thought. A consultant opens
 * only their own sessions.
 */
@Named
@ViewScoped
public class SessionView extends RecordView {

    @Inject
    OpenDoorSessions sessions;

    @Inject
    OpenDoorYear year;

    @Inject
    CurrentViewer viewer;

    private long version;
    private ServiceForm form = new ServiceForm();
    private OfferingTermsForm terms = new OfferingTermsForm();

    private List<ProviderAnswerRow> attendance;
    private Provider attendee;
    private final NewProviderForm newProvider = new NewProviderForm();

    @Override
    protected boolean open(long id) {
        return fill(sessions.find(viewer.get(), id), session -> {
            version = session.getVersion();
            form = new ServiceForm(session.getHeldOn(), session);
            terms = new OfferingTermsForm(session.getTerms(), session.getSlot() == null ? null : session.getSlot().meetingTime());
            if (session.getSlot() == null) {
                terms.getWhen().setDate(session.getHeldOn());
            }
        });
    }

    public String save() {
        return save("session", "opendoor.session.saved", "/opendoor/session.xhtml",
                () -> sessions.schedule(viewer.get(), details()),
                () -> version = sessions.change(viewer.get(), getId(), version, details()).getVersion());
    }

    /** Saves the time and the public registration settings; the session's date follows the time. */
    public void saveTerms() {
        if (FormAction.done(() -> sessions.offer(viewer.get(), getId(), terms.time(), terms.terms()),
                FormAction.toFields("terms"), "offering.terms.saved")) {
            open(getId());
        }
    }

    /** Creates the rest of the fiscal year's sessions from this one and says how many, or why none. */
    public void fillYear() {
        try {
            int created = year.fillFiscalYear(viewer.get(), getId()).size();
            Messages.info(created == 0 ? "providerCop.monthly.none" : "providerCop.monthly.created", created,
                    FiscalYear.of(form.getDate()).name());
        } catch (InputRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public void addAttendee() {
        if (FormAction.done(() -> sessions.attend(viewer.get(), getId(), attendee == null ? null : attendee.getId()),
                FormAction.toFields("attendance"), "opendoor.attendance.added")) {
            attendee = null;
            attendance = null;
        }
    }

    public void addNewProvider() {
        if (FormAction.done(() -> sessions.attendNewProvider(viewer.get(), getId(), newProvider.details()),
                newProvider::reject, "opendoor.attendance.added")) {
            attendance = null;
            newProvider.clear();
        }
    }

    public void rate(ProviderAnswerRow row) {
        FormAction.done(() -> sessions.rate(viewer.get(), row.getId(), row.getSurvey().answer()),
                FormAction.toMessage(null), "opendoor.rating.saved");
    }

    public void remove(long attendanceId) {
        sessions.removeAttendance(viewer.get(), attendanceId);
        attendance = null;
        Messages.info("opendoor.attendance.removed");
    }

    /** Kept for the life of the page so that what is typed in a row survives until that row is saved. */
    public List<ProviderAnswerRow> getAttendance() {
        if (attendance == null) {
            attendance = hasRecord() ? sessions.attendance(viewer.get(), getId()).stream()
                    .map(a -> new ProviderAnswerRow(a.getId(), a.getProvider(), a.getSurvey())).toList()
                    : List.of();
        }
        return attendance;
    }

    private SessionDetails details() {
        return new SessionDetails(form.getDate(), form.getTitle(), form.getLanguage(), form.getFacilitatorId());
    }

    public ServiceForm getForm() {
        return form;
    }

    public OfferingTermsForm getTerms() {
        return terms;
    }

    public Provider getAttendee() {
        return attendee;
    }

    public void setAttendee(Provider attendee) {
        this.attendee = attendee;
    }

    public NewProviderForm getNewProvider() {
        return newProvider;
    }
}
