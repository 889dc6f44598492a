package org.iecmhc.lms.survey;

import java.io.Serializable;

import org.iecmhc.lms.provider.Provider;

/**
 * A provider's line in a table of survey answers (an Open-Door session's ratings, a support series' final survey):
 * the record the answer belongs to, who and where the provider is, and the answer, editable before it is saved.
 */
public class ProviderAnswerRow implements Serializable {

    private final long id;
    private final String providerName;
    private final String countyName;
    private final SurveyAnswerForm survey;

    public ProviderAnswerRow(long id, Provider provider, SurveyAnswer answer) {
        this.id = id;
        providerName = provider.getName();
        countyName = provider.getCounty().getName();
        survey = SurveyAnswerForm.of(answer);
    }

    /** The id of the attendance or enrollment that holds the answer. */
    public long getId() {
        return id;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getCountyName() {
        return countyName;
    }

    public SurveyAnswerForm getSurvey() {
        return survey;
    }
}
