package org.iecmhc.lms.cohort;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;

/** The administrators' page that brings in a cohort's past enrollments. */
@Named
@ViewScoped
public class EnrollmentImportView extends CsvImportPage<EnrollmentHistoryLine> {

    @Inject
    Cohorts cohorts;

    @Inject
    EnrollmentHistory history;

    private final CohortParameter cohort = new CohortParameter();

    public void load() {
        cohort.read(cohorts);
    }

    @Override
    protected CsvImport<EnrollmentHistoryLine> importer() {
        return history.into(cohort.getId());
    }

    public CohortParameter getCohort() {
        return cohort;
    }
}
