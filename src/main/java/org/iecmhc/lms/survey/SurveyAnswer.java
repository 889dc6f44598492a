package org.iecmhc.lms.survey;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * A participant's yes or no to the service's question (empty until they answer), any comment, and whether the
 * comment may be quoted in reports. The columns of the yes or no and the comment are named by each entity.
 */
@Embeddable
public class SurveyAnswer implements Serializable {

    private Boolean rating;

    @AuditHidden
    private String comments;

    private boolean consentToQuote;

    private boolean quotable;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(Boolean rating, String comments, boolean consentToQuote, boolean quotable) {
        this.rating = rating;
        this.comments = TypedText.trimmedOrNull(comments);
        this.consentToQuote = consentToQuote;
        this.quotable = quotable;
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
}
