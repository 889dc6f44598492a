package org.iecmhc.lms.reporting;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The completion report of every cohort. */
@Named
@ViewScoped
public class CompletionView implements Serializable {

    @Inject
    ReportTables tables;

    private ReportTable table;

    public ReportTable getTable() {
        if (table == null) {
            table = tables.completion(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return table;
    }
}
