package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.FormAction;

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
        return FormAction.doneThenGo(() -> "/evaluation/template.xhtml?faces-redirect=true&id="
                + templates.create(title, purpose).getId(), FormAction.toFields("create"), "evaluation.template.saved");
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
