package org.iecmhc.lms.opendoor;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.imports.ImportResult;

/** The administrators' page that brings in past Open-Door sessions with attendance and answers. */
@Named
@ViewScoped
public class OpenDoorImportView extends CsvImportPage<OpenDoorHistoryLine> {

    @Inject
    OpenDoorHistory history;

    @Override
    protected ImportResult<OpenDoorHistoryLine> check(String csv) {
        return history.check(csv);
    }

    @Override
    protected ImportResult<OpenDoorHistoryLine> store(String csv) {
        return history.importCsv(csv);
    }

    @Override
    public List<String> getColumnNames() {
        return OpenDoorHistoryReader.COLUMNS;
    }
}
