package org.iecmhc.lms.support;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;

/** The administrators' page that brings in past Community of Support series. */
@Named
@ViewScoped
public class SupportImportView extends CsvImportPage<SupportHistoryLine> {

    @Inject
    SupportHistory history;

    @Override
    protected CsvImport<SupportHistoryLine> importer() {
        return history;
    }
}
