package org.iecmhc.lms.webinar;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.offering.OfferingTermsForm;
import org.iecmhc.lms.offering.Registration;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/**
 * One webinar: its details, and once saved, its registration settings, recording link and who of the registrants
 * attended. A consultant opens only the webinars they lead.
 */
@Named
@ViewScoped
public class WebinarView extends RecordView {

    @Inject
    Webinars webinars;

    @Inject
    CurrentViewer viewer;

    private long version;
    private WebinarForm form = new WebinarForm();
    private OfferingTermsForm terms = new OfferingTermsForm();
    private String recordingLink;
    private Long attendee;
    private List<WebinarAttendance> attendance;

    @Override
    protected boolean open(long id) {
        return fill(webinars.find(viewer.get(), id), webinar -> {
            version = webinar.getVersion();
            form = new WebinarForm(webinar);
            terms = new OfferingTermsForm(webinar.getTerms(), null);
            recordingLink = webinar.getRecordingLink();
        });
    }

    public String save() {
        return save("webinar", "webinar.saved", "/webinar/webinar.xhtml",
                () -> webinars.schedule(viewer.get(), form.details()),
                () -> version = webinars.change(viewer.get(), getId(), version, form.details()).getVersion());
    }

    public void saveTerms() {
        if (FormAction.done(() -> webinars.offer(viewer.get(), getId(), terms.terms()), FormAction.toFields("terms"),
                "offering.terms.saved")) {
            open(getId());
        }
    }

    public void saveRecording() {
        if (FormAction.done(() -> webinars.record(viewer.get(), getId(), recordingLink), FormAction.toFields("recording"),
                "webinar.recording.saved")) {
            open(getId());
        }
    }

    public void addAttendee() {
        if (FormAction.done(() -> webinars.attend(viewer.get(), getId(), attendee), FormAction.toFields("attendance"),
                "webinar.attendance.added")) {
            attendee = null;
            attendance = null;
        }
    }

    public void remove(long attendanceId) {
        webinars.removeAttendance(viewer.get(), attendanceId);
        attendance = null;
        Messages.info("webinar.attendance.removed");
    }

    public List<Registration> getRegistrants() {
        return webinars.toMark(viewer.get(), getId());
    }

    public List<WebinarAttendance> getAttendance() {
        if (attendance == null) {
            attendance = hasRecord() ? webinars.attendance(viewer.get(), getId()) : List.of();
        }
        return attendance;
    }

    public WebinarForm getForm() {
        return form;
    }

    public OfferingTermsForm getTerms() {
        return terms;
    }

    public String getRecordingLink() {
        return recordingLink;
    }

    public void setRecordingLink(String recordingLink) {
        this.recordingLink = recordingLink;
    }

    public Long getAttendee() {
        return attendee;
    }

    public void setAttendee(Long attendee) {
        this.attendee = attendee;
    }
}
