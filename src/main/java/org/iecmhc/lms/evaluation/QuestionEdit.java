package org.iecmhc.lms.evaluation;

import java.io.Serializable;

/** A question of a template as the edit page holds it, so that what is typed in one row survives until saved. */
public class QuestionEdit implements Serializable {

    private final long questionId;
    private long version;
    private QuestionKind kind;
    private String textEn;
    private String textEs;
    private boolean required;

    QuestionEdit(SurveyQuestion question) {
        this.questionId = question.getId();
        saved(question);
    }

    void saved(SurveyQuestion question) {
        this.version = question.getVersion();
        this.kind = question.getKind();
        this.textEn = question.getTextEn();
        this.textEs = question.getTextEs();
        this.required = question.isRequired();
    }

    QuestionDetails details() {
        return new QuestionDetails(kind, textEn, textEs, required);
    }

    public long getQuestionId() {
        return questionId;
    }

    public long getVersion() {
        return version;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextEs() {
        return textEs;
    }

    public void setTextEs(String textEs) {
        this.textEs = textEs;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
