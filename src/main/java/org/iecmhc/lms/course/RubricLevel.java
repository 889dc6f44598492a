package org.iecmhc.lms.course;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A described level of a rubric criterion, worth a number of points. */
@Entity
@Table(name = "rubric_level")
public class RubricLevel extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RubricCriterion criterion;

    private int sortOrder;

    private String title;

    private int points;

    protected RubricLevel() {
    }

    RubricLevel(RubricCriterion criterion, int sortOrder, String title, int points) {
        this.criterion = criterion;
        this.sortOrder = sortOrder;
        this.title = title.trim();
        this.points = points;
    }

    @Override
    public String auditLabel() {
        return title + " (" + points + ")";
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public int getPoints() {
        return points;
    }
}
