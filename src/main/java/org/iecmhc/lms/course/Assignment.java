package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Work trainees hand in by a due time (stored in UTC). With a rubric, the points are the sum of the levels
 * chosen, one per criterion, and the maximum is the sum of each criterion's best level.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    private String title;

    private String instructions;

    private LocalDateTime dueAt;

    @Enumerated(EnumType.STRING)
    private GradingKind grading;

    private int maxPoints;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RubricCriterion> criteria = new ArrayList<>();

    protected Assignment() {
    }

    public Assignment(Course course, AssignmentDetails details) {
        this.course = course;
        describe(details);
    }

    /**
     * Takes the form's values. A different rubric replaces the old one (and decides the maximum points); an
     * unchanged one is kept as it is, so grades that chose its levels stay intact.
     */
    void describe(AssignmentDetails details) {
        this.title = details.title().trim();
        this.instructions = TypedText.trimmedOrNull(details.instructions());
        this.dueAt = details.dueAtUtc();
        this.grading = details.grading();
        if (!rubricDiffersFrom(details.rubric())) {
            this.maxPoints = criteria.isEmpty() ? details.maxPoints() : maxPoints;
            describeLevels(details.rubric());
            return;
        }
        criteria.clear();
        int position = 1;
        for (AssignmentDetails.Criterion criterion : details.rubric()) {
            RubricCriterion added = new RubricCriterion(this, position++, criterion.title());
            int levelPosition = 1;
            for (AssignmentDetails.Level level : criterion.levels()) {
                added.addLevel(levelPosition++, level.title(), level.points(), level.description());
            }
            criteria.add(added);
        }
        this.maxPoints = criteria.isEmpty() ? details.maxPoints() : criteria.stream().mapToInt(RubricCriterion::bestPoints).sum();
    }

    /** A level's description only explains it: rewording it keeps the rubric, and the grades that chose its levels. */
    private void describeLevels(List<AssignmentDetails.Criterion> rubric) {
        for (int c = 0; c < criteria.size(); c++) {
            List<RubricLevel> levels = criteria.get(c).getLevels();
            for (int l = 0; l < levels.size(); l++) {
                levels.get(l).describe(rubric.get(c).levels().get(l).description());
            }
        }
    }

    /**
     * This assignment with its rubric for another course, due the given number of days later at the same Pacific
     * time of day (a copy across a change of daylight saving time keeps "due at 5 pm").
     */
    Assignment copyFor(Course course, long shiftDays) {
        Assignment copy = new Assignment(course, new AssignmentDetails(title, instructions,
                PacificTime.toUtc(PacificTime.fromUtc(dueAt).plusDays(shiftDays)), grading, maxPoints, List.of()));
        for (RubricCriterion criterion : criteria) {
            RubricCriterion copied = new RubricCriterion(copy, criterion.getSortOrder(), criterion.getTitle());
            criterion.getLevels().forEach(level -> copied.addLevel(level.getSortOrder(), level.getTitle(), level.getPoints(),
                    level.getDescription()));
            copy.criteria.add(copied);
        }
        copy.maxPoints = maxPoints;
        return copy;
    }

    boolean rubricDiffersFrom(List<AssignmentDetails.Criterion> rubric) {
        List<AssignmentDetails.Criterion> current = criteria.stream()
                .map(c -> new AssignmentDetails.Criterion(c.getTitle(), c.getLevels().stream()
                        .map(l -> new AssignmentDetails.Level(l.getTitle(), l.getPoints())).toList()))
                .toList();
        List<AssignmentDetails.Criterion> wanted = rubric.stream()
                .map(c -> new AssignmentDetails.Criterion(c.title().trim(), c.levels().stream()
                        .map(l -> new AssignmentDetails.Level(l.title().trim(), l.points())).toList()))
                .toList();
        return !current.equals(wanted);
    }

    public boolean hasRubric() {
        return !criteria.isEmpty();
    }

    /** Whether work handed in at this UTC time is late: any time after the due time. */
    public boolean isLate(LocalDateTime submittedAtUtc) {
        return submittedAtUtc.isAfter(dueAt);
    }

    /** The rubric score: exactly one level of each criterion of this assignment, summed. */
    public int rubricPoints(Collection<RubricLevel> chosen) {
        if (!hasRubric()) {
            throw new CourseRejected("rubric", "grading.rubric.none");
        }
        int total = 0;
        for (RubricLevel level : chosen) {
            if (!criteria.contains(level.getCriterion())) {
                throw new CourseRejected("rubric", "grading.rubric.foreignLevel");
            }
        }
        for (RubricCriterion criterion : criteria) {
            List<RubricLevel> forCriterion = chosen.stream().filter(level -> level.getCriterion() == criterion).toList();
            if (forCriterion.size() != 1) {
                throw new CourseRejected("rubric", "grading.rubric.incomplete");
            }
            total += forCriterion.get(0).getPoints();
        }
        return total;
    }

    /** A score typed by hand must lie between zero and the assignment's points. */
    public BigDecimal checkedPoints(BigDecimal points) {
        if (points == null) {
            throw new CourseRejected("points", "grading.points.required");
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(maxPoints)) > 0) {
            throw new CourseRejected("points", "grading.points.outOfRange");
        }
        return points;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public Course getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public GradingKind getGrading() {
        return grading;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public List<RubricCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
