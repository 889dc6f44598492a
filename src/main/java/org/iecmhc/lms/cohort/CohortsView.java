package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrators' list of cohorts, newest first, paged in the database. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    @Inject
    CohortService cohorts;

    private final Map<Long, Long> activeOnPage = new HashMap<>();

    private final LazyDataModel<Cohort> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) cohorts.countAll();
        }

        @Override
        public List<Cohort> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<Cohort> page = cohorts.list(first, pageSize);
            activeOnPage.clear();
            activeOnPage.putAll(cohorts.activeEnrollments(page.stream().map(Cohort::getId).toList()));
            return page;
        }

        @Override
        public String getRowKey(Cohort cohort) {
            return String.valueOf(cohort.getId());
        }
    };

    public LazyDataModel<Cohort> getModel() {
        return model;
    }

    public long active(Cohort cohort) {
        return activeOnPage.getOrDefault(cohort.getId(), 0L);
    }
}
