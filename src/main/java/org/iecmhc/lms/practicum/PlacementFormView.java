package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.platform.errors.PageNotFound;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** Creating or changing a placement: the trainee (fixed once placed), the provider, the mentor and the dates. */
@Named
@ViewScoped
public class PlacementFormView implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    Placements placements;

    @Inject
    ProviderRegistry providers;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private String traineeName;
    private String cohortName;

    private Long cohortId;
    private Long enrollmentId;
    private Provider provider;
    private String mentorName;
    private String mentorContact;
    private LocalDate startOn;
    private LocalDate endOn;
    private PlacementStatus status = PlacementStatus.PLANNED;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            try {
                show(placements.managed(email(), id));
            } catch (PracticumRejected notManaged) {
                PageNotFound.send();
            }
        }
    }

    public String save() {
        PlacementDetails details = new PlacementDetails(enrollmentId, provider == null ? null : provider.getId(),
                mentorName, mentorContact, startOn, endOn, status);
        try {
            if (id == null) {
                Placement placement = placements.create(email(), details);
                Messages.infoAcrossRedirect("practicum.placement.saved");
                return "/practicum/placement.xhtml?faces-redirect=true&id=" + placement.getId();
            }
            show(placements.change(email(), id, version, details));
        } catch (PracticumRejected rejected) {
            Messages.error(rejected.field().isEmpty() ? null : "placement:" + rejected.field(), rejected.messageKey());
            return null;
        }
        Messages.info("practicum.placement.saved");
        return null;
    }

    /** A new cohort offers its own trainees. */
    public void cohortChosen() {
        enrollmentId = null;
    }

    private void show(Placement placement) {
        version = placement.getVersion();
        traineeName = placement.getTrainee().getDisplayName();
        cohortName = placement.getCohort().getName();
        provider = placement.getProvider();
        mentorName = placement.getMentorName();
        mentorContact = placement.getMentorContact();
        startOn = placement.getStartOn();
        endOn = placement.getEndOn();
        status = placement.getStatus();
    }

    private String email() {
        return viewer.get().email();
    }

    public List<Provider> suggestProviders(String text) {
        return providers.suggest(text, SUGGESTIONS);
    }

    public List<Cohort> getCohorts() {
        return placements.cohorts(email());
    }

    public List<Enrollment> getEnrollments() {
        return cohortId == null ? List.of() : placements.placeable(email(), cohortId);
    }

    public PlacementStatus[] getStatuses() {
        return PlacementStatus.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public void setEnrollmentId(Long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public String getMentorContact() {
        return mentorContact;
    }

    public void setMentorContact(String mentorContact) {
        this.mentorContact = mentorContact;
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

    public PlacementStatus getStatus() {
        return status;
    }

    public void setStatus(PlacementStatus status) {
        this.status = status;
    }
}
