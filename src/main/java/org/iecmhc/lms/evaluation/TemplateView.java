package org.iecmhc.lms.evaluation;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.ExistingRecordView;
import org.iecmhc.lms.platform.web.FormAction;

/** One survey template: its title, its questions (added, reworded, reordered, removed) and its retirement. */
@Named
@ViewScoped
public class TemplateView extends ExistingRecordView {

    @Inject
    SurveyTemplates templates;

    private long version;
    private String title;
    private SurveyPurpose purpose;
    private boolean retired;
    private boolean defaultTemplate;
    private List<QuestionEdit> questions = List.of();
    private QuestionForm newQuestion = new QuestionForm();

    @Override
    protected boolean open(long id) {
        return fill(templates.find(id), this::show);
    }

    private void show(SurveyTemplate template) {
        version = template.getVersion();
        title = template.getTitle();
        purpose = template.getPurpose();
        retired = template.isRetired();
        defaultTemplate = template.isDefaultTemplate();
        questions = template.getQuestions().stream().map(QuestionEdit::new).toList();
    }

    /** Templates are retired, never deleted, so the one on the page is still there. */
    private void refresh() {
        templates.find(getId()).ifPresent(this::show);
    }

    public void rename() {
        try {
            version = templates.rename(getId(), version, title).getVersion();
            Messages.info("evaluation.template.saved");
        } catch (EvaluationRejected rejected) {
            Messages.error("template:title", rejected.messageKey());
        }
    }

    public void retire(boolean retire) {
        if (FormAction.done(() -> templates.retire(getId(), retire), FormAction.toMessage(null),
                retire ? "evaluation.template.retired" : "evaluation.template.reinstated")) {
            refresh();
        }
    }

    public void addQuestion() {
        if (FormAction.done(() -> templates.addQuestion(getId(), newQuestion.details()), FormAction.toFields("add"),
                "evaluation.question.added")) {
            newQuestion = new QuestionForm();
            refresh();
        }
    }

    public void saveQuestion(QuestionEdit row, int index) {
        FormAction.done(() -> row.saved(templates.changeQuestion(row.getQuestionId(), row.getVersion(), row.details())),
                FormAction.toFields("questions:table:" + index), "evaluation.question.saved");
    }

    public void removeQuestion(QuestionEdit row) {
        if (FormAction.done(() -> templates.removeQuestion(row.getQuestionId()), FormAction.toMessage(null),
                "evaluation.question.removed")) {
            refresh();
        }
    }

    public void move(QuestionEdit row, int step) {
        templates.move(row.getQuestionId(), step);
        refresh();
    }

    public QuestionKind[] getKinds() {
        return purpose == SurveyPurpose.COMPETENCY_EVALUATION ? new QuestionKind[] {QuestionKind.LIKERT} : QuestionKind.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SurveyPurpose getPurpose() {
        return purpose;
    }

    public boolean isRetired() {
        return retired;
    }

    public boolean isDefaultTemplate() {
        return defaultTemplate;
    }

    public List<QuestionEdit> getQuestions() {
        return questions;
    }

    public QuestionForm getNewQuestion() {
        return newQuestion;
    }
}
