package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The trainee's own submitted competency evaluations. */
@Named
@ViewScoped
public class MyCompetencyView implements Serializable {

    @Inject
    CompetencyEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private transient List<CompetencyEvaluation> evaluationsOfMine;

    public List<CompetencyEvaluation> getEvaluations() {
        if (evaluationsOfMine == null) {
            evaluationsOfMine = evaluations.mine(viewer.get().email());
        }
        return evaluationsOfMine;
    }

    public String domain(CompetencyRating rating, Locale locale) {
        return rating.getQuestion().text(locale);
    }
}
