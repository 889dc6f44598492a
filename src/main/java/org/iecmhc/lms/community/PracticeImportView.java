package org.iecmhc.lms.community;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;

/** The administrators' page that brings in past Community of Practice meetings with attendance. */
@Named
@ViewScoped
public class PracticeImportView extends CsvImportPage<PracticeHistoryLine> {

    @Inject
    PracticeHistory history;

    @Override
    protected CsvImport<PracticeHistoryLine> importer() {
        return history;
    }
}
