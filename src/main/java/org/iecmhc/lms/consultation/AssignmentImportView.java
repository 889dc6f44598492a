package org.iecmhc.lms.consultation;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.imports.ImportResult;

/** The administrators' page that brings in past consultation assignments with counts and answers. */
@Named
@ViewScoped
public class AssignmentImportView extends CsvImportPage<AssignmentHistoryLine> {

    @Inject
    AssignmentHistory history;

    @Override
    protected ImportResult<AssignmentHistoryLine> check(String csv) {
        return history.check(csv);
    }

    @Override
    protected ImportResult<AssignmentHistoryLine> store(String csv) {
        return history.importCsv(csv);
    }

    @Override
    public List<String> getColumnNames() {
        return AssignmentHistoryReader.COLUMNS;
    }
}
