package org.iecmhc.lms.consultation;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;

/** The administrators' page that brings in past consultation assignments with counts and answers. */
@Named
@ViewScoped
public class AssignmentImportView extends CsvImportPage<AssignmentHistoryLine> {

    @Inject
    AssignmentHistory history;

    @Override
    protected CsvImport<AssignmentHistoryLine> importer() {
        return history;
    }
}
