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

    private Long cohortId;
    private String cohortName;

    public void load() {
        cohortName = cohortId == null ? null : cohorts.find(cohortId).map(Cohort::getName).orElse(null);
    }

    @Override
    protected CsvImport<EnrollmentHistoryLine> importer() {
        return history.into(cohortId);
    }

    public String getCohortName() {
        return cohortName;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
