package org.iecmhc.lms.platform.imports;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page of an import that needs nothing but its file, such as a service's history. The page names the import's
 * bean when it opens, {@code <f:viewAction action="#{csvImportView.runs('openDoorHistory')}"/>}, and its uploads and
 * the import run that one until the page is left. The view keeps the name, not the service: it stays in the session.
 */
@Named
@ViewScoped
public class CsvImportView extends CsvImportPage<Object> {

    @Inject
    @Any
    private Instance<CsvImport<?>> imports;
    private String importName;

    public void runs(String name) {
        importName = name;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected CsvImport<Object> importer() {
        return (CsvImport<Object>) imports.select(NamedLiteral.of(importName)).get();
    }
}
