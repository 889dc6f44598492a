package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.time.PeriodInput;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.provider.Reach;
import org.primefaces.model.LazyDataModel;

/** The helpline call list, filtered, sorted and paged in the database; newest first until sorted otherwise. */
@Named
@ViewScoped
public class CallsView implements Serializable {

    @Inject
    HelplineCalls calls;

    @Inject
    LanguageSelection language;

    private final PeriodInput period = new PeriodInput();
    private final Reach reach = new Reach();
    private Long topicId;
    private Boolean recommended;

    private final LazyDataModel<CallRow> model = PagedList.sorted(
            () -> calls.count(filter()),
            (first, size, column, ascending) -> rows(calls.lines(filter(), first, size, column, ascending)),
            SortColumn.sorting(CallSort.RECEIVED, false), CallRow::getId);

    private List<CallRow> rows(List<CallLine> page) {
        Locale locale = language.getLocale();
        return page.stream().map(call -> new CallRow(call, locale)).toList();
    }

    private CallFilter filter() {
        return new CallFilter(period.getStart(), period.getEnd(), reach.getCountyFips(), reach.getLanguage(), topicId, recommended);
    }

    /** The CSV of every call the filters show, all pages of them, in the page's language. */
    public String getExportAddress() {
        return "/helpline/calls/export?" + filter().query() + "&lang=" + language.getCode();
    }

    public LazyDataModel<CallRow> getModel() {
        return model;
    }

    public List<TopicName> getTopics() {
        return calls.activeTopics();
    }

    public Reach getReach() {
        return reach;
    }

    public PeriodInput getPeriod() {
        return period;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public Boolean getRecommended() {
        return recommended;
    }

    public void setRecommended(Boolean recommended) {
        this.recommended = recommended;
    }
}
