package org.iecmhc.lms.evaluation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A reusable survey: ordered bilingual questions for one purpose. Retired templates are no longer offered. */
@Entity
@Table(name = "survey_template")
public class SurveyTemplate extends AuditedRecord {

    private String title;

    @Enumerated(EnumType.STRING)
    private SurveyPurpose purpose;

    private boolean defaultTemplate;

    private boolean retired;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveyTemplate() {
    }

    SurveyTemplate(String title, SurveyPurpose purpose) {
        this.title = title.trim();
        this.purpose = purpose;
    }

    void rename(String title) {
        this.title = title.trim();
    }

    void retire(boolean retired) {
        this.retired = retired;
    }

    SurveyQuestion add(QuestionDetails details) {
        SurveyQuestion question = new SurveyQuestion(this, questions.size() + 1, details);
        questions.add(question);
        return question;
    }

    void remove(SurveyQuestion question) {
        questions.remove(question);
        renumber();
    }

    /** Moves the question one place up (-1) or down (+1); at either end nothing moves. */
    void move(SurveyQuestion question, int step) {
        int from = questions.indexOf(question);
        int to = from + step;
        if (from < 0 || to < 0 || to >= questions.size()) {
            return;
        }
        questions.remove(from);
        questions.add(to, question);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).placeAt(i + 1);
        }
    }

    @Override
    public String auditLabel() {
        return title + " (" + purpose + ")";
    }

    public String getTitle() {
        return title;
    }

    public SurveyPurpose getPurpose() {
        return purpose;
    }

    public boolean isDefaultTemplate() {
        return defaultTemplate;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
