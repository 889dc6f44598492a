package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyOptions;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.CsvImportPage;
import org.iecmhc.lms.platform.time.PacificTime;

/** Upload a historic spreadsheet, see what it holds and every problem, then import it all at once. */
@Named
@ViewScoped
public class CallImportView extends CsvImportPage<CallRecord> {

    @Inject
    HelplineImport importer;

    @Inject
    CountyOptions countyOptions;

    @Override
    protected CsvImport<CallRecord> importer() {
        return importer;
    }

    public LocalDateTime pacificTime(CallRecord row) {
        return PacificTime.fromUtc(row.receivedAtUtc());
    }

    public String countyName(CallRecord row) {
        return countyOptions.getAll().stream().filter(c -> c.getFips().equals(row.countyFips()))
                .map(County::getName).findFirst().orElse(row.countyFips());
    }
}
