package org.iecmhc.lms.helpline.followup;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.helpline.HelplineCalls;
import org.iecmhc.lms.helpline.TopicName;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.primefaces.model.LazyDataModel;

/** The follow-up queue, everyone's or the viewer's own, filtered, sorted and paged in the database; soonest due first. */
@Named
@ViewScoped
public class FollowUpsView implements Serializable {

    @Inject
    FollowUps followUps;

    @Inject
    HelplineCalls calls;

    @Inject
    CurrentViewer viewer;

    private boolean mine;
    private boolean overdue;
    private FollowUpStatus status = FollowUpStatus.OPEN;
    private String countyFips;
    private Long topicId;

    private final LazyDataModel<FollowUp> model = PagedList.sorted(
            () -> followUps.count(filter()),
            (first, size, column, ascending) -> followUps.search(filter(), first, size, column, ascending),
            SortColumn.sorting(FollowUpSort.DUE, true), FollowUp::getId);

    private FollowUpFilter filter() {
        return new FollowUpFilter(mine ? viewer.get().email() : null, overdue, status, countyFips, topicId);
    }

    public boolean overdue(FollowUp followUp) {
        return followUp.overdueOn(followUps.today());
    }

    public LazyDataModel<FollowUp> getModel() {
        return model;
    }

    public List<TopicName> getTopics() {
        return calls.activeTopics();
    }

    public FollowUpStatus[] getStatuses() {
        return FollowUpStatus.values();
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public void setStatus(FollowUpStatus status) {
        this.status = status;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }
}
