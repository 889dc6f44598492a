package org.iecmhc.lms.platform.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The page of an import that needs nothing but its file, such as a service's history. The page names the import when
 * it opens, {@code <f:viewAction action="#{csvImportView.runs(openDoorHistory)}"/>}, and its uploads and the import
 * run that one until the page is left.
 */
@Named
@ViewScoped
public class CsvImportView extends CsvImportPage<Object> {

    private CsvImport<Object> importer;

    @SuppressWarnings("unchecked")
    public void runs(CsvImport<?> chosen) {
        importer = (CsvImport<Object>) chosen;
    }

    @Override
    protected CsvImport<Object> importer() {
        return importer;
    }
}
