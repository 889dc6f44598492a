package org.iecmhc.lms.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The trainees whose competency evaluation the person writes (faculty) or oversees (administrators). */
@Named
@ViewScoped
public class CompetenciesView implements Serializable {

    @Inject
    CompetencyEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    private transient List<CompetencyRow> rows;

    public List<CompetencyRow> getRows() {
        if (rows == null) {
            rows = evaluations.roster(viewer.get().email());
        }
        return rows;
    }
}
