package org.iecmhc.lms.course;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** One thing a rubric judges, with the levels a grader chooses among. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Assignment assignment;

    private int sortOrder;

    private String title;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {
    }

    RubricCriterion(Assignment assignment, int sortOrder, String title) {
        this.assignment = assignment;
        this.sortOrder = sortOrder;
        this.title = title.trim();
    }

    void addLevel(int sortOrder, String title, int points) {
        levels.add(new RubricLevel(this, sortOrder, title, points));
    }

    int bestPoints() {
        return levels.stream().mapToInt(RubricLevel::getPoints).max().orElse(0);
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public List<RubricLevel> getLevels() {
        return List.copyOf(levels);
    }
}
