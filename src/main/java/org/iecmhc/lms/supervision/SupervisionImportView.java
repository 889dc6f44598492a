package org.iecmhc.lms.supervision;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;

/** The administrators' page that brings in past reflective-supervision sessions with attendance. */
@Named
@ViewScoped
public class SupervisionImportView extends CsvImportPage<SupervisionHistoryLine> {

    @Inject
    SupervisionHistory history;

    @Override
    protected CsvImport<SupervisionHistoryLine> importer() {
        return history;
    }
}
