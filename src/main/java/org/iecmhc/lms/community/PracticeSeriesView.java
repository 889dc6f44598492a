package org.iecmhc.lms.community;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.RecordView;

/**
 * A Community of Practice series' details: its cohort (chosen once), title and facilitator. The meetings and the
 * attendance grid of the same page have views of their own.
 */
@Named
@ViewScoped
public class PracticeSeriesView extends RecordView {

    @Inject
    CommunitiesOfPractice communities;

    @Inject
    CurrentViewer viewer;

    private long version;
    private Long cohortId;
    private String cohortName;
    private String title;
    private Long facilitatorId;

    @Override
    protected boolean open(long id) {
        return fill(communities.find(viewer.get(), id), this::show);
    }

    @Override
    protected boolean prepareNew() {
        facilitatorId = communities.usualFacilitator(viewer.get()).map(Account::getId).orElse(null);
        return true;
    }

    private void show(PracticeSeries series) {
        version = series.getVersion();
        cohortId = series.getCohort().getId();
        cohortName = series.getCohort().getName();
        title = series.getTitle();
        facilitatorId = series.getFacilitator().getId();
    }

    public String save() {
        return save("series", "practice.series.saved", "/community/series.xhtml",
                () -> communities.start(viewer.get(), cohortId, title, facilitatorId),
                () -> version = communities.change(viewer.get(), getId(), version, title, facilitatorId).getVersion());
    }

    public List<Cohort> getCohorts() {
        return communities.cohorts(viewer.get());
    }

    public List<Account> getFacilitators() {
        return communities.facilitators();
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
