package org.iecmhc.lms.evaluation;

import java.io.Serializable;

/**
 * A question as the template page's fields hold it: the one being added, or (as {@link QuestionEdit}) one already
 * saved. Its inputs carry the names the rules give rejected fields, so messages land next to them.
 */
public class QuestionForm implements Serializable {

    private QuestionKind kind;
    private String textEn;
    private String textEs;
    private boolean required = true;

    QuestionDetails details() {
        return new QuestionDetails(kind, textEn, textEs, required);
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
