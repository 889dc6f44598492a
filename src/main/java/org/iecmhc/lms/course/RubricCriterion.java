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

/** One thing a rubric judges, with the levels a grader chooses among. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion extends NumberedPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Assignment assignment;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {
    }

    RubricCriterion(Assignment assignment, int sortOrder, String title) {
        super(sortOrder, title);
        this.assignment = assignment;
    }

    void addLevel(int sortOrder, String title, int points, String description) {
        levels.add(new RubricLevel(this, sortOrder, title, points, description));
    }

    int bestPoints() {
        return levels.stream().mapToInt(RubricLevel::getPoints).max().orElse(0);
    }

    @Override
    public String auditLabel() {
        return getTitle();
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public List<RubricLevel> getLevels() {
        return List.copyOf(levels);
    }
}
