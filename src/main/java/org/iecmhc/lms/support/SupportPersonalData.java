package org.iecmhc.lms.support;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.privacy.ExportRecord;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/** The Community of Support series a consultant facilitated; participants are providers, not accounts. */
@ApplicationScoped
public class SupportPersonalData extends ListedPersonalData<SupportSeries> {

    public SupportPersonalData() {
        super("supportSeriesFacilitated",
                "select s from SupportSeries s where s.facilitator.id = :id order by s.startsOn", SupportSeries.class);
    }

    @Override
    protected ExportRecord exported(SupportSeries series) {
        return record().with("title", series.getTitle()).with("language", series.getLanguage())
                .with("startsOn", series.getStartsOn());
    }
}
