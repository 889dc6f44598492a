package org.iecmhc.lms.survey;

import java.io.Serializable;

/** The survey answer's inputs on a page, filled from the stored answer and read back when it is saved. */
public class SurveyAnswerForm implements Serializable {

    private Boolean rating;
    private String comments;
    private boolean consentToQuote;
    private boolean quotable;
    private Respondent answeredBy;

    public static SurveyAnswerForm of(SurveyAnswer answer) {
        SurveyAnswerForm form = new SurveyAnswerForm();
        form.rating = answer.rating();
        form.comments = answer.comments();
        form.consentToQuote = answer.consentToQuote();
        form.quotable = answer.quotable();
        form.answeredBy = answer.answeredBy();
        return form;
    }

    public SurveyAnswer answer() {
        return new SurveyAnswer(rating, comments, consentToQuote, quotable);
    }

    /** Who gave the stored answer, shown beside it; null while nobody has. */
    public Respondent getAnsweredBy() {
        return answeredBy;
    }

    public Boolean getRating() {
        return rating;
    }

    public void setRating(Boolean rating) {
        this.rating = rating;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public boolean isConsentToQuote() {
        return consentToQuote;
    }

    public void setConsentToQuote(boolean consentToQuote) {
        this.consentToQuote = consentToQuote;
    }

    public boolean isQuotable() {
        return quotable;
    }

    public void setQuotable(boolean quotable) {
        this.quotable = quotable;
    }
}
