package org.iecmhc.lms.supervision;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.imports.ImportResult;

/** The administrators' page that brings in past reflective-supervision sessions with attendance. */
@Named
@ViewScoped
public class SupervisionImportView extends CsvImportPage<SupervisionHistoryLine> {

    @Inject
    SupervisionHistory history;

    @Override
    protected ImportResult<SupervisionHistoryLine> check(String csv) {
        return history.check(csv);
    }

    @Override
    protected ImportResult<SupervisionHistoryLine> store(String csv) {
        return history.importCsv(csv);
    }

    @Override
    public List<String> getColumnNames() {
        return SupervisionHistoryReader.COLUMNS;
    }
}
