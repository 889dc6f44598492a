package org.iecmhc.lms.cohort;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.imports.ImportResult;

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
    protected ImportResult<EnrollmentHistoryLine> check(String csv) {
        return history.check(cohortId, csv);
    }

    @Override
    protected ImportResult<EnrollmentHistoryLine> store(String csv) {
        return history.importCsv(cohortId, csv);
    }

    @Override
    public List<String> getColumnNames() {
        return EnrollmentHistoryReader.COLUMNS;
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
