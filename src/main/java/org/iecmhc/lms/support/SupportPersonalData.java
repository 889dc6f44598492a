package org.iecmhc.lms.support;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/** The Community of Support series a consultant facilitated; participants are providers, not accounts. */
@ApplicationScoped
public class SupportPersonalData extends ListedPersonalData<SupportSeries> {

    public SupportPersonalData() {
        super("supportSeriesFacilitated", "select s from SupportSeries s where s.facilitator.id = :id order by s.startsOn",
                SupportSeries.class, s -> record().with("title", s.getTitle()).with("language", s.getLanguage())
                        .with("startsOn", s.getStartsOn()));
    }
}
