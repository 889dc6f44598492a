package org.iecmhc.lms.course;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The assignment form as typed, due time in Pacific time. The rubric is edited as rows of criteria, each with rows
 * of levels; adding and removing rows happens here and is saved with the assignment.
 */
public class AssignmentForm implements Serializable {

    private static final int USUAL_MAX_POINTS = 10;

    private Long version;
    private String title;
    private String instructions;
    private LocalDateTime duePacific;
    private GradingKind grading = GradingKind.POINTS;
    private int maxPoints = USUAL_MAX_POINTS;
    private final List<CriterionRow> criteria = new ArrayList<>();

    static AssignmentForm of(Assignment assignment) {
        AssignmentForm form = new AssignmentForm();
        form.version = assignment.getVersion();
        form.title = assignment.getTitle();
        form.instructions = assignment.getInstructions();
        form.duePacific = PacificTime.fromUtc(assignment.getDueAt());
        form.grading = assignment.getGrading();
        form.maxPoints = assignment.getMaxPoints();
        for (RubricCriterion criterion : assignment.getCriteria()) {
            CriterionRow row = new CriterionRow();
            row.title = criterion.getTitle();
            criterion.getLevels().forEach(level -> row.levels.add(new LevelRow(level.getTitle(), level.getPoints(), level.getDescription())));
            form.criteria.add(row);
        }
        return form;
    }

    /** Rows left without a title are sent as empty titles, which the rules refuse at their row. */
    AssignmentDetails details() {
        List<AssignmentDetails.Criterion> rubric = criteria.stream()
                .map(row -> new AssignmentDetails.Criterion(row.title == null ? "" : row.title, row.levels.stream()
                        .map(l -> new AssignmentDetails.Level(l.title == null ? "" : l.title, l.points, l.description)).toList()))
                .toList();
        return new AssignmentDetails(title, instructions, PacificTime.toUtc(duePacific), grading, maxPoints, rubric);
    }

    Long version() {
        return version;
    }

    /** A new criterion starts with two levels, the fewest a rubric criterion may have. */
    void addCriterion() {
        CriterionRow row = new CriterionRow();
        row.levels.add(new LevelRow(null, null, null));
        row.levels.add(new LevelRow(null, null, null));
        criteria.add(row);
    }

    void removeCriterion(int index) {
        criteria.remove(index);
    }

    void addLevel(int criterion) {
        criteria.get(criterion).levels.add(new LevelRow(null, null, null));
    }

    void removeLevel(int criterion, int level) {
        criteria.get(criterion).levels.remove(level);
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public LocalDateTime getDuePacific() {
        return duePacific;
    }

    public void setDuePacific(LocalDateTime duePacific) {
        this.duePacific = duePacific;
    }

    public GradingKind getGrading() {
        return grading;
    }

    public void setGrading(GradingKind grading) {
        this.grading = grading;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    /** One criterion row of the rubric editor. */
    public static class CriterionRow implements Serializable {
        private String title;
        private final List<LevelRow> levels = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<LevelRow> getLevels() {
            return levels;
        }
    }

    /** One level row of a criterion; points stay empty until typed. */
    public static class LevelRow implements Serializable {
        private String title;
        private Integer points;
        private String description;

        LevelRow(String title, Integer points, String description) {
            this.title = title;
            this.points = points;
            this.description = description;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
