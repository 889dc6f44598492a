package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** The administrators' list of cohorts, newest first, paged in the database. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    @Inject
    Cohorts cohorts;

    private final Map<Long, Long> activeOnPage = new HashMap<>();

    private final LazyDataModel<Cohort> model = PagedList.of(() -> cohorts.countAll(), this::page, Cohort::getId);

    private List<Cohort> page(int first, int size) {
        List<Cohort> page = cohorts.list(first, size);
        activeOnPage.clear();
        activeOnPage.putAll(cohorts.activeEnrollments(page.stream().map(Cohort::getId).toList()));
        return page;
    }

    public LazyDataModel<Cohort> getModel() {
        return model;
    }

    public long active(Cohort cohort) {
        return activeOnPage.getOrDefault(cohort.getId(), 0L);
    }
}
