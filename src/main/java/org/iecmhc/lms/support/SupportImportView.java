package org.iecmhc.lms.support;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.imports.ImportResult;

/** The administrators' page that brings in past Community of Support series. */
@Named
@ViewScoped
public class SupportImportView extends CsvImportPage<SupportHistoryLine> {

    @Inject
    SupportHistory history;

    @Override
    protected ImportResult<SupportHistoryLine> check(String csv) {
        return history.check(csv);
    }

    @Override
    protected ImportResult<SupportHistoryLine> store(String csv) {
        return history.importCsv(csv);
    }

    @Override
    public List<String> getColumnNames() {
        return SupportHistoryReader.COLUMNS;
    }
}
