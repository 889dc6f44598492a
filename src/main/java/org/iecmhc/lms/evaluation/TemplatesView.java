package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;

/** Administrators' list of survey templates and the form that starts a new one. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    @Inject
    SurveyTemplates templates;

    private String title;
    private SurveyPurpose purpose;
    private transient List<SurveyTemplate> all;

    public String create() {
        try {
            SurveyTemplate template = templates.create(title, purpose);
            Messages.infoAcrossRedirect("evaluation.template.saved");
            return "/evaluation/template.xhtml?faces-redirect=true&id=" + template.getId();
        } catch (EvaluationRejected rejected) {
            Messages.reject("create", rejected);
            return null;
        }
    }

    public List<SurveyTemplate> getTemplates() {
        if (all == null) {
            all = templates.all();
        }
        return all;
    }

    public SurveyPurpose[] getPurposes() {
        return SurveyPurpose.values();
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

    public void setPurpose(SurveyPurpose purpose) {
        this.purpose = purpose;
    }
}
