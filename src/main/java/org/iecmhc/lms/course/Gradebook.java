package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A course's trainees by its assignments, with each trainee's total out of the points possible. */
public record Gradebook(long courseId, String courseTitle, int passingPercent, List<Column> columns, List<Row> rows) {

    public int getPossiblePoints() {
        return columns.stream().mapToInt(Column::maxPoints).sum();
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public record Column(long assignmentId, String title, int maxPoints) {
        public String getTitle() {
            return title;
        }

        public int getMaxPoints() {
            return maxPoints;
        }
    }

    public record Cell(SubmissionStatus status, BigDecimal points, boolean late) {
        public SubmissionStatus getStatus() {
            return status;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public boolean isLate() {
            return late;
        }
    }

    public record Row(long traineeId, String name, String email, List<Cell> cells, BigDecimal total, BigDecimal percent) {

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public List<Cell> getCells() {
            return cells;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        static BigDecimal percentOf(BigDecimal total, int possible) {
            return possible == 0 ? BigDecimal.ZERO
                    : total.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
        }
    }
}
