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
public abstract class ProviderAnswer extends AuditedRecord implements SurveyedRecord {

    @ManyToOne(optional = false)
    private Provider provider;

    @Embedded
    private SurveyAnswer survey = SurveyAnswer.none();

    protected ProviderAnswer() {
    }

    protected ProviderAnswer(Provider provider) {
        this.provider = provider;
    }

    /** The answer staff typed in; a participant's own answer keeps their words ({@link SurveyAnswer#enteredByStaffOver}). */
    protected void answer(SurveyAnswer typed) {
        this.survey = typed.enteredByStaffOver(survey);
    }

    @Override
    public void answerOwn(SurveyAnswer given) {
        this.survey = given.givenByParticipant();
    }

    /** The participant's answer a history import read from their form of the time. */
    protected void answerImported(SurveyAnswer imported) {
        this.survey = imported.importedFromHistory();
    }

    public Provider getProvider() {
        return provider;
    }

    @Override
    public SurveyAnswer getSurvey() {
        return survey;
    }
}
