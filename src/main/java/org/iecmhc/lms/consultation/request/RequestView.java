package org.iecmhc.lms.consultation.request;

import java.time.Clock;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.consultation.ConsultationLevel;
import org.iecmhc.lms.consultation.Modality;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/** One consultation request for an administrator: what the helpline handed over, and its assignment once made. */
@Named
@ViewScoped
public class RequestView extends RecordView {

    @Inject
    ConsultationRequests requests;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    private ConsultationRequest request;
    private AssignmentStart start = new AssignmentStart();

    @Override
    protected boolean open(long id) {
        return fill(requests.find(viewer.get(), id), found -> {
            request = found;
            start = AssignmentStart.of(found, PacificTime.today(clock));
        });
    }

    /** Requests come from the helpline's calls only. */
    @Override
    protected boolean prepareNew() {
        return false;
    }

    /** Makes the assignment and goes to it, where the consultant's work on it continues. */
    public String assign() {
        return FormAction.doneThenGo(() -> "/consultation/assignment.xhtml?faces-redirect=true&id="
                + requests.assign(viewer.get(), getId(), request.getVersion(), start.details()).getId(),
                FormAction.toFields("assign"), "handOff.assigned");
    }

    public ConsultationLevel[] getLevels() {
        return ConsultationLevel.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public ConsultationRequest getRequest() {
        return request;
    }

    public AssignmentStart getStart() {
        return start;
    }
}
