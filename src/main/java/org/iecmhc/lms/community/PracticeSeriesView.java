package org.iecmhc.lms.community;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;

/**
 * A Community of Practice series' details: its cohort (chosen once), title and facilitator. The meetings and the
 * attendance grid of the same page have views of their own.
 */
@Named
@ViewScoped
public class PracticeSeriesView implements Serializable {

    @Inject
    CommunitiesOfPractice communities;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private Long cohortId;
    private String cohortName;
    private String title;
    private Long facilitatorId;

    public void load() {
        if (!loaded) {
            loaded = true;
            if (id == null) {
                facilitatorId = communities.usualFacilitator(viewer.get()).map(Account::getId).orElse(null);
            } else {
                communities.find(viewer.get(), id).ifPresentOrElse(this::show, () -> notFound = true);
            }
        }
    }

    private void show(PracticeSeries series) {
        version = series.getVersion();
        cohortId = series.getCohort().getId();
        cohortName = series.getCohort().getName();
        title = series.getTitle();
        facilitatorId = series.getFacilitator().getId();
    }

    public String save() {
        try {
            if (id == null) {
                PracticeSeries series = communities.start(viewer.get(), cohortId, title, facilitatorId);
                Messages.infoAcrossRedirect("practice.series.saved");
                return "/community/series.xhtml?faces-redirect=true&id=" + series.getId();
            }
            version = communities.change(viewer.get(), id, version, title, facilitatorId).getVersion();
        } catch (InputRejected rejected) {
            Messages.reject("series", rejected);
            return null;
        }
        Messages.info("practice.series.saved");
        return null;
    }

    public List<Cohort> getCohorts() {
        return communities.cohorts(viewer.get());
    }

    public List<Account> getFacilitators() {
        return communities.facilitators();
    }

    /** A saved series the viewer runs: its meetings and attendance can be shown. */
    boolean hasSeries() {
        return id != null && !notFound;
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

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }
}
