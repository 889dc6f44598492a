package org.iecmhc.lms.practicum;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.platform.errors.PageNotFound;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.RecordView;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** Creating or changing a placement: the trainee (fixed once placed), the provider, the mentor and the dates. */
@Named
@ViewScoped
public class PlacementFormView extends RecordView {

    @Inject
    Placements placements;

    @Inject
    CurrentViewer viewer;

    private PlacementForm form = new PlacementForm();

    /** The placement page has no not-found panel, so a placement the viewer does not manage is a plain 404. */
    @Override
    protected boolean open(long id) {
        try {
            form = PlacementForm.of(placements.managed(email(), id));
            return true;
        } catch (PracticumRejected notManaged) {
            PageNotFound.send();
            return false;
        }
    }

    public String save() {
        try {
            if (isNew()) {
                Placement placement = placements.create(email(), form.details());
                Messages.infoAcrossRedirect("practicum.placement.saved");
                return "/practicum/placement.xhtml?faces-redirect=true&id=" + placement.getId();
            }
            form = PlacementForm.of(placements.change(email(), getId(), form.version(), form.details()));
        } catch (PracticumRejected rejected) {
            Messages.reject("placement", rejected);
            return null;
        }
        Messages.info("practicum.placement.saved");
        return null;
    }

    /** A new cohort offers its own trainees. */
    public void cohortChosen() {
        form.setEnrollmentId(null);
    }

    private String email() {
        return viewer.get().email();
    }

    public List<Cohort> getCohorts() {
        return placements.cohorts(email());
    }

    public List<Enrollment> getEnrollments() {
        return form.getCohortId() == null ? List.of() : placements.placeable(email(), form.getCohortId());
    }

    public PlacementStatus[] getStatuses() {
        return PlacementStatus.values();
    }

    public PlacementForm getForm() {
        return form;
    }
}
