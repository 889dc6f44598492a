package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;

/** Race/ethnicity and language tables of one cohort or of all cohorts. */
@Named
@ViewScoped
public class DemographicsView implements Serializable {

    private static final int MAX_COHORTS = 1000;

    @Inject
    ReportTables tables;

    @Inject
    LanguageSelection pageLanguage;

    @Inject
    Cohorts cohorts;

    private String cohort;
    private ReportTable race;
    private ReportTable language;

    public void load() {
        Locale locale = pageLanguage.getLocale();
        // A view action runs before the template sets the page language, so its messages would be in the browser's.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        try {
            Cohort chosen = tables.cohort(cohort);
            String name = chosen == null ? Messages.text(locale, "reports.demographics.allCohorts") : chosen.getName();
            Demographics counts = tables.demographics(chosen);
            race = tables.raceEthnicity(counts, name, locale);
            language = tables.language(counts, name, locale);
        } catch (ReportRejected rejected) {
            race = null;
            language = null;
            Messages.error("demographics:cohort", rejected.messageKey());
        }
    }

    public List<Cohort> getCohorts() {
        return cohorts.list(0, MAX_COHORTS);
    }

    /** Says how small counts are shown, when they are hidden at all. */
    public String getSuppressionNote() {
        int threshold = tables.smallCells().threshold();
        return threshold > 0 ? Messages.text("reports.demographics.suppressed", threshold) : null;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public ReportTable getRace() {
        return race;
    }

    public ReportTable getLanguage() {
        return language;
    }
}
