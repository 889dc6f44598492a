package org.iecmhc.lms.reporting;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageSelection;

/** The completion report of every cohort. */
@Named
@ViewScoped
public class CompletionView implements Serializable {

    @Inject
    ReportTables tables;

    @Inject
    LanguageSelection language;

    private ReportTable table;

    public ReportTable getTable() {
        if (table == null) {
            table = tables.completion(language.getLocale());
        }
        return table;
    }
}
