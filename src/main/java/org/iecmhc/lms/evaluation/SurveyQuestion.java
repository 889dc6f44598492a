package org.iecmhc.lms.evaluation;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.i18n.Language;

/** One question of a survey template, worded in English and Spanish. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SurveyTemplate template;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String textEn;

    private String textEs;

    private boolean required;

    protected SurveyQuestion() {
    }

    SurveyQuestion(SurveyTemplate template, int sortOrder, QuestionDetails details) {
        this.template = template;
        this.sortOrder = sortOrder;
        describe(details);
    }

    void describe(QuestionDetails details) {
        this.kind = details.kind();
        this.textEn = details.textEn().trim();
        this.textEs = details.textEs().trim();
        this.required = details.required();
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** The wording in the language of the page. */
    public String text(Locale locale) {
        return Language.closestTo(locale) == Language.ES ? textEs : textEn;
    }

    @Override
    public String auditLabel() {
        return "question " + sortOrder + " of template " + template.getId();
    }

    public SurveyTemplate getTemplate() {
        return template;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextEs() {
        return textEs;
    }

    public boolean isRequired() {
        return required;
    }
}
