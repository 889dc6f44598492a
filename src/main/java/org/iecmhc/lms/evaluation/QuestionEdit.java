package org.iecmhc.lms.evaluation;

/** A question of a template as the edit page holds it, so that what is typed in one row survives until saved. */
public class QuestionEdit extends QuestionForm {

    private final long questionId;
    private long version;

    QuestionEdit(SurveyQuestion question) {
        this.questionId = question.getId();
        saved(question);
    }

    void saved(SurveyQuestion question) {
        version = question.getVersion();
        setKind(question.getKind());
        setTextEn(question.getTextEn());
        setTextEs(question.getTextEs());
        setRequired(question.isRequired());
    }

    public long getQuestionId() {
        return questionId;
    }

    public long getVersion() {
        return version;
    }
}
