package org.iecmhc.lms.survey;

import jakarta.persistence.Embedded;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.provider.Provider;

/**
 * A provider's part in an Open-Door session or a support series, with their answer to its closing question (empty
 * until they answer): what each row of {@link ProviderAnswerRow} shows. Each entity names the column of its own
 * question with {@code @AttributeOverride(name = "survey.rating", ...)}.
 */
@MappedSuperclass
public abstract class ProviderAnswer extends AuditedRecord {

    @ManyToOne(optional = false)
    private Provider provider;

    @Embedded
    private SurveyAnswer survey = SurveyAnswer.none();

    protected ProviderAnswer() {
    }

    protected ProviderAnswer(Provider provider) {
        this.provider = provider;
    }

    protected void answer(SurveyAnswer survey) {
        this.survey = survey;
    }

    public Provider getProvider() {
        return provider;
    }

    public SurveyAnswer getSurvey() {
        return survey;
    }
}
