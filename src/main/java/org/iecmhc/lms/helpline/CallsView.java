package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The helpline call list, filtered, sorted and paged in the database; newest first until sorted otherwise. */
@Named
@ViewScoped
public class CallsView implements Serializable {

    @Inject
    HelplineCalls calls;

    private LocalDate from;
    private LocalDate to;
    private String countyFips;
    private ServiceLanguage language;
    private Long topicId;
    private Boolean recommended;

    private final LazyDataModel<HelplineCall> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) calls.count(filter());
        }

        @Override
        public List<HelplineCall> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            CallSort column = sort == null ? CallSort.RECEIVED : CallSort.fromField(sort.getField());
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return calls.search(filter(), first, pageSize, column, ascending);
        }

        @Override
        public String getRowKey(HelplineCall call) {
            return String.valueOf(call.getId());
        }
    };

    private CallFilter filter() {
        return new CallFilter(from, to, countyFips, language, topicId, recommended);
    }

    public LazyDataModel<HelplineCall> getModel() {
        return model;
    }

    public List<HelplineTopic> getTopics() {
        return calls.activeTopics();
    }

    public ServiceLanguage[] getLanguages() {
        return ServiceLanguage.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
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
