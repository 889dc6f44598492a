package org.iecmhc.lms.course;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Creating or editing an assignment and its rubric. The rubric is edited as rows of criteria, each with rows of
 * levels; adding and removing rows happens in the view and is saved with the assignment.
 */
@Named
@ViewScoped
public class AssignmentFormView implements Serializable {

    @Inject
    CourseService courses;

    private Long courseId;
    private Long id;
    private Long version;
    private boolean loaded;
    private boolean notFound;
    private String courseTitle;
    private String title;
    private String instructions;
    private LocalDateTime duePacific;
    private GradingKind grading = GradingKind.POINTS;
    private int maxPoints = 10;
    private final List<CriterionRow> criteria = new ArrayList<>();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            courses.findAssignment(id).ifPresentOrElse(this::fill, () -> notFound = true);
        }
        if (courseId == null) {
            notFound = true;
            return;
        }
        courses.find(courseId).ifPresentOrElse(c -> courseTitle = c.getTitle(), () -> notFound = true);
    }

    private void fill(Assignment assignment) {
        courseId = assignment.getCourse().getId();
        version = assignment.getVersion();
        title = assignment.getTitle();
        instructions = assignment.getInstructions();
        duePacific = PacificTime.fromUtc(assignment.getDueAt());
        grading = assignment.getGrading();
        maxPoints = assignment.getMaxPoints();
        for (RubricCriterion criterion : assignment.getCriteria()) {
            CriterionRow row = new CriterionRow();
            row.title = criterion.getTitle();
            criterion.getLevels().forEach(level -> row.levels.add(new LevelRow(level.getTitle(), level.getPoints())));
            criteria.add(row);
        }
    }

    public String save() {
        List<AssignmentDetails.Criterion> rubric = new ArrayList<>();
        for (CriterionRow row : criteria) {
            rubric.add(new AssignmentDetails.Criterion(row.title == null ? "" : row.title, row.levels.stream()
                    .map(l -> new AssignmentDetails.Level(l.title == null ? "" : l.title, l.points))
                    .toList()));
        }
        try {
            courses.saveAssignment(courseId, id, version, new AssignmentDetails(title, instructions,
                    PacificTime.toUtc(duePacific), grading, maxPoints, rubric));
        } catch (CourseRejected rejected) {
            Messages.reject("assignment", rejected);
            return null;
        }
        Messages.infoAcrossRedirect(id == null ? "assignment.created" : "assignment.saved");
        return "/course/admin/course.xhtml?faces-redirect=true&id=" + courseId;
    }

    /** A new criterion starts with two levels, the fewest a rubric criterion may have. */
    public void addCriterion() {
        CriterionRow row = new CriterionRow();
        row.levels.add(new LevelRow(null, null));
        row.levels.add(new LevelRow(null, null));
        criteria.add(row);
    }

    public void removeCriterion(int index) {
        criteria.remove(index);
    }

    public void addLevel(int criterion) {
        criteria.get(criterion).levels.add(new LevelRow(null, null));
    }

    public void removeLevel(int criterion, int level) {
        criteria.get(criterion).levels.remove(level);
    }

    public List<GradingKind> getGradingKinds() {
        return List.of(GradingKind.values());
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

        LevelRow(String title, Integer points) {
            this.title = title;
            this.points = points;
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
    }
}
