package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Language;

/** One question of a form as the page holds it, with what the person typed so far (kept when the form is refused). */
public class QuestionRow implements Serializable {

    private final long questionId;
    private final int position;
    private final QuestionKind kind;
    private final String textEn;
    private final String textEs;
    private final boolean required;
    private Integer likert;
    private Boolean yesNo;
    private String text;

    QuestionRow(SurveyQuestion question) {
        this.questionId = question.getId();
        this.position = question.getSortOrder();
        this.kind = question.getKind();
        this.textEn = question.getTextEn();
        this.textEs = question.getTextEs();
        this.required = question.isRequired();
    }

    Answer answer() {
        return new Answer(likert, yesNo, text);
    }

    /** The field whose message says what is wrong with this answer. */
    String fieldId() {
        return switch (kind) {
            case LIKERT -> "likert";
            case YES_NO -> "yesNo";
            case TEXT -> "text";
        };
    }

    public String text(Locale locale) {
        return Language.closestTo(locale) == Language.ES ? textEs : textEn;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public Integer getLikert() {
        return likert;
    }

    public void setLikert(Integer likert) {
        this.likert = likert;
    }

    public Boolean getYesNo() {
        return yesNo;
    }

    public void setYesNo(Boolean yesNo) {
        this.yesNo = yesNo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
