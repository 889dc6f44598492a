package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** A course's trainees by its assignments, with each trainee's total out of the points possible. */
public record Gradebook(long courseId, String courseTitle, int passingPercent, List<Column> columns, List<Row> rows) {

    /** Sorts by the trainee's name; a number of zero or more sorts by that assignment's column. */
    public static final int BY_NAME = -1;
    /** Sorts by the trainee's total. */
    public static final int BY_TOTAL = -2;

    /**
     * The rows in another order: by name, by one assignment's points or by the total. Work without points (missing,
     * waiting, returned) sorts below any score; equal keys keep the trainees' alphabetical order.
     */
    public Gradebook sorted(int by, boolean ascending) {
        Comparator<Row> order = switch (by) {
            case BY_NAME -> Comparator.comparing((Row row) -> row.name().toLowerCase(java.util.Locale.ROOT));
            case BY_TOTAL -> Comparator.comparing(Row::total);
            default -> Comparator.comparing((Row row) -> row.cells().get(by) == null || row.cells().get(by).status()
                    != SubmissionStatus.GRADED ? null : row.cells().get(by).points(), Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        List<Row> ordered = rows.stream().sorted(ascending ? order : order.reversed()).toList();
        return new Gradebook(courseId, courseTitle, passingPercent, columns, ordered);
    }

    /** The state of the row's work on the column's assignment at the given time (UTC). */
    public GradebookCellState state(Row row, int column, LocalDateTime nowUtc) {
        Cell cell = row.cells().get(column);
        if (cell == null) {
            return nowUtc.isAfter(columns.get(column).dueAt()) ? GradebookCellState.MISSING : GradebookCellState.NOT_YET_DUE;
        }
        return switch (cell.status()) {
            case GRADED -> GradebookCellState.GRADED;
            case RETURNED -> GradebookCellState.RETURNED;
            case SUBMITTED -> GradebookCellState.WAITING;
        };
    }

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

    public record Column(long assignmentId, String title, int maxPoints, LocalDateTime dueAt) {
        public String getTitle() {
            return title;
        }

        public int getMaxPoints() {
            return maxPoints;
        }
    }

    public record Cell(long submissionId, SubmissionStatus status, BigDecimal points, boolean late) {
        public long getSubmissionId() {
            return submissionId;
        }

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
