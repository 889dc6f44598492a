package org.iecmhc.lms.opendoor;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;

/** The administrators' page that brings in past Open-Door sessions with attendance and answers. */
@Named
@ViewScoped
public class OpenDoorImportView extends CsvImportPage<OpenDoorHistoryLine> {

    @Inject
    OpenDoorHistory history;

    @Override
    protected CsvImport<OpenDoorHistoryLine> importer() {
        return history;
    }
}
