package org.iecmhc.lms.community;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.imports.ImportResult;

/** The administrators' page that brings in past Community of Practice meetings with attendance. */
@Named
@ViewScoped
public class PracticeImportView extends CsvImportPage<PracticeHistoryLine> {

    @Inject
    PracticeHistory history;

    @Override
    protected ImportResult<PracticeHistoryLine> check(String csv) {
        return history.check(csv);
    }

    @Override
    protected ImportResult<PracticeHistoryLine> store(String csv) {
        return history.importCsv(csv);
    }

    @Override
    public List<String> getColumnNames() {
        return PracticeHistoryReader.COLUMNS;
    }
}
