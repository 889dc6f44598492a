package org.iecmhc.lms.course;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.text.TypedText;

/** A described level of a rubric criterion, worth a number of points. */
@Entity
@Table(name = "rubric_level")
public class RubricLevel extends NumberedPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RubricCriterion criterion;

    private int points;

    private String description;

    protected RubricLevel() {
    }

    RubricLevel(RubricCriterion criterion, int sortOrder, String title, int points, String description) {
        super(sortOrder, title);
        this.criterion = criterion;
        this.points = points;
        describe(description);
    }

    void describe(String description) {
        this.description = TypedText.trimmedOrNull(description);
    }

    @Override
    public String auditLabel() {
        return getTitle() + " (" + points + ")";
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public int getPoints() {
        return points;
    }

    public String getDescription() {
        return description;
    }
}
