package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One course as a member sees it, read as plain columns: as entities, the course's faculty account and roles, each
 * module's materials, each submission's trainee and grader would each cost queries of their own.
 *
 * @param grader whether the viewer grades this course (its faculty member, holding the faculty role)
 */
public record CoursePage(long id, String title, String description, String cohortName, String facultyName,
                         boolean grader, List<Module> modules, List<Work> assignments) {

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getFacultyName() {
        return facultyName;
    }

    public boolean isGrader() {
        return grader;
    }

    public List<Module> getModules() {
        return modules;
    }

    public List<Work> getAssignments() {
        return assignments;
    }

    /** A module and its materials, in their order. */
    public record Module(String title, List<Material> materials) {
        public String getTitle() {
            return title;
        }

        public List<Material> getMaterials() {
            return materials;
        }
    }

    /** A link, or an uploaded file when it has a file id. */
    public record Material(String title, String url, Long fileId) {
        public String getTitle() {
            return title;
        }

        public String getUrl() {
            return url;
        }

        public Long getFileId() {
            return fileId;
        }

        public boolean isLink() {
            return fileId == null;
        }
    }

    /** An assignment with the viewer's own submission's status and points, null when they handed nothing in. */
    public record Work(long id, String title, LocalDateTime dueAt, int maxPoints, SubmissionStatus status,
                       BigDecimal points, GradingKind grading) {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public int getMaxPoints() {
            return maxPoints;
        }

        public SubmissionStatus getStatus() {
            return status;
        }

        public String getScore() {
            return HomeSummary.score(points, maxPoints);
        }
    }
}
