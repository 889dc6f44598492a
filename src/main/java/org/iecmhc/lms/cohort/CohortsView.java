package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** The administrators' list of cohorts, newest first, paged in the database. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    @Inject
    Cohorts cohorts;

    private final LazyDataModel<CohortRow> model = PagedList.of(() -> cohorts.countAll(), this::page, CohortRow::getId);

    /** The page's lines in the reader's language, with the active enrollments of all its cohorts read in one statement. */
    private List<CohortRow> page(int first, int size) {
        List<Cohort> page = cohorts.list(first, size);
        Map<Long, Long> active = cohorts.activeEnrollments(page.stream().map(Cohort::getId).toList());
        return page.stream().map(cohort -> new CohortRow(cohort, Messages.text(cohort.getLanguage().messageKey()),
                Messages.text(cohort.getStatus().messageKey()), active.getOrDefault(cohort.getId(), 0L))).toList();
    }

    public LazyDataModel<CohortRow> getModel() {
        return model;
    }
}
