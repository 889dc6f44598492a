package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.security.CurrentViewer;

/**
 * The trainees whose competency evaluation the person writes (faculty) or oversees (administrators), narrowed to
 * one cohort and to names or emails containing the search text.
 */
@Named
@ViewScoped
public class CompetenciesView implements Serializable {

    @Inject
    CompetencyEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private String search;
    // read again after the session moved to another cluster member, rather than serialized with it
    private transient List<CompetencyRow> roster;
    private transient List<CompetencyRow> rows;

    /** A list the table may sort in place, as PrimeFaces does when no filter of its own is active. */
    public List<CompetencyRow> getRows() {
        if (rows == null) {
            rows = new ArrayList<>(roster().stream().filter(this::shown).toList());
        }
        return rows;
    }

    /** The cohorts on the roster, newest first, for the cohort filter. */
    public List<Cohort> getCohorts() {
        return roster().stream().map(r -> r.enrollment().getCohort()).distinct().toList();
    }

    /** The filter or the search changed: the rows are chosen again. */
    public void narrow() {
        rows = null;
    }

    private List<CompetencyRow> roster() {
        if (roster == null) {
            roster = evaluations.roster(viewer.get().email());
        }
        return roster;
    }

    private boolean shown(CompetencyRow row) {
        if (cohortId != null && !cohortId.equals(row.enrollment().getCohort().getId())) {
            return false;
        }
        if (search == null || search.isBlank()) {
            return true;
        }
        Account trainee = row.enrollment().getTrainee();
        String text = search.trim().toLowerCase(Locale.ROOT);
        return trainee.getDisplayName().toLowerCase(Locale.ROOT).contains(text)
                || trainee.getEmail().toLowerCase(Locale.ROOT).contains(text);
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
