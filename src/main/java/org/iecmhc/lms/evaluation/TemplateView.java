package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;

/** One survey template: its title, its questions (added, reworded, reordered, removed) and its retirement. */
@Named
@ViewScoped
public class TemplateView implements Serializable {

    @Inject
    SurveyTemplates templates;

    private Long id;
    private boolean loaded;
    private boolean notFound;
    private long version;
    private String title;
    private SurveyPurpose purpose;
    private boolean retired;
    private boolean defaultTemplate;
    private List<QuestionEdit> questions = List.of();
    private QuestionForm newQuestion = new QuestionForm();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        refresh();
    }

    private void refresh() {
        templates.find(id == null ? -1 : id).ifPresentOrElse(t -> {
            version = t.getVersion();
            title = t.getTitle();
            purpose = t.getPurpose();
            retired = t.isRetired();
            defaultTemplate = t.isDefaultTemplate();
            questions = t.getQuestions().stream().map(QuestionEdit::new).toList();
        }, () -> notFound = true);
    }

    public void rename() {
        try {
            version = templates.rename(id, version, title).getVersion();
            Messages.info("evaluation.template.saved");
        } catch (EvaluationRejected rejected) {
            Messages.error("template:title", rejected.messageKey());
        }
    }

    public void retire(boolean retire) {
        try {
            templates.retire(id, retire);
            refresh();
            Messages.info(retire ? "evaluation.template.retired" : "evaluation.template.reinstated");
        } catch (EvaluationRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public void addQuestion() {
        try {
            templates.addQuestion(id, newQuestion.details());
        } catch (EvaluationRejected rejected) {
            Messages.reject("add", rejected);
            return;
        }
        newQuestion = new QuestionForm();
        refresh();
        Messages.info("evaluation.question.added");
    }

    public void saveQuestion(QuestionEdit row, int index) {
        try {
            row.saved(templates.changeQuestion(row.getQuestionId(), row.getVersion(), row.details()));
            Messages.info("evaluation.question.saved");
        } catch (EvaluationRejected rejected) {
            Messages.reject("questions:table:" + index, rejected);
        }
    }

    public void removeQuestion(QuestionEdit row) {
        try {
            templates.removeQuestion(row.getQuestionId());
            refresh();
            Messages.info("evaluation.question.removed");
        } catch (EvaluationRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public void move(QuestionEdit row, int step) {
        templates.move(row.getQuestionId(), step);
        refresh();
    }

    public QuestionKind[] getKinds() {
        return purpose == SurveyPurpose.COMPETENCY_EVALUATION ? new QuestionKind[] {QuestionKind.LIKERT} : QuestionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
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
