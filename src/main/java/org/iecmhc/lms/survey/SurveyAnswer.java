package org.iecmhc.lms.survey;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * A participant's yes or no to the service's question (empty until they answer), any comment, whether the comment
 * may be quoted in reports, and who gave the answer: the participant through their link, staff typing it in, or the
 * participant on the forms of the time, brought in from history. The columns of the yes or no and the comment are
 * named by each entity.
 */
@Embeddable
public class SurveyAnswer implements Serializable {

    private Boolean rating;

    @AuditHidden
    private String comments;

    private boolean consentToQuote;

    private boolean quotable;

    @Enumerated(EnumType.STRING)
    private Respondent answeredBy;

    protected SurveyAnswer() {
    }

    /**
     * An answer as typed, not yet anyone's: {@link #enteredByStaffOver}, {@link #givenByParticipant} or
     * {@link #importedFromHistory} says whose.
     */
    public SurveyAnswer(Boolean rating, String comments, boolean consentToQuote, boolean quotable) {
        this(rating, comments, consentToQuote, quotable, null);
    }

    private SurveyAnswer(Boolean rating, String comments, boolean consentToQuote, boolean quotable,
                         Respondent answeredBy) {
        this.rating = rating;
        this.comments = TypedText.trimmedOrNull(comments);
        this.consentToQuote = consentToQuote;
        this.quotable = quotable;
        this.answeredBy = answeredBy;
    }

    /** The answer before the participant gives one. */
    public static SurveyAnswer none() {
        return new SurveyAnswer(null, null, false, false);
    }

    /** A comment is quotable in reports only with the participant's recorded consent. */
    public void requireConsentToQuote() {
        if (quotable && !consentToQuote) {
            throw new InputRejected("quotable", "testimonial.consentRequired");
        }
    }

    /**
     * The answer as a service may record it: quotable only with consent, and a comment that fits the service's
     * column (refused at the service's own comments field, with its own message).
     */
    public void check(int commentsLimit, String commentsField, String tooLongKey) {
        requireConsentToQuote();
        TypedText.requireFits(comments, commentsLimit, InputRejected::new, commentsField, tooLongKey);
    }

    /**
     * This answer typed by staff in place of the stored one. A participant's own answer, given through their link or
     * imported from history, stays theirs: staff may only decide whether its comment is quoted, and any other change
     * is refused.
     */
    public SurveyAnswer enteredByStaffOver(SurveyAnswer stored) {
        if (stored.answeredBy != null && stored.answeredBy.participantsOwn()) {
            if (!Objects.equals(rating, stored.rating) || !Objects.equals(comments, stored.comments)
                    || consentToQuote != stored.consentToQuote) {
                throw new InputRejected(null, stored.answeredBy == Respondent.IMPORTED ? "surveyAnswer.importedOwn"
                        : "participantSurvey.participantsOwn");
            }
            return new SurveyAnswer(rating, comments, consentToQuote, quotable, stored.answeredBy);
        }
        return new SurveyAnswer(rating, comments, consentToQuote, quotable, answered() ? Respondent.STAFF : null);
    }

    /** This answer as the participant gave it through their link: theirs, and quoted only once staff choose to. */
    public SurveyAnswer givenByParticipant() {
        return new SurveyAnswer(rating, comments, consentToQuote, false, Respondent.PARTICIPANT);
    }

    /**
     * This answer as a history import read it from the participant's form of the time: theirs, so the impact figures
     * count it, with the consent to quote the file records; empty stays nobody's.
     */
    public SurveyAnswer importedFromHistory() {
        return new SurveyAnswer(rating, comments, consentToQuote, quotable, answered() ? Respondent.IMPORTED : null);
    }

    /** The yes or no alone, as an erased participant's answer keeps it for the figures. */
    public SurveyAnswer withoutWords() {
        return new SurveyAnswer(rating, null, false, false, answeredBy);
    }

    public boolean answered() {
        return rating != null || comments != null;
    }

    public Boolean rating() {
        return rating;
    }

    public String comments() {
        return comments;
    }

    public boolean consentToQuote() {
        return consentToQuote;
    }

    public boolean quotable() {
        return quotable;
    }

    /** Who answered; null until someone does. */
    public Respondent answeredBy() {
        return answeredBy;
    }
}
