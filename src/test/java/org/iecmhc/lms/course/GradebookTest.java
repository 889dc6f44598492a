package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The gradebook's orders and the state each cell shows. */
class GradebookTest {

    private static final LocalDateTime DUE = LocalDateTime.of(2026, 2, 10, 1, 0);
    private static final List<Gradebook.Column> COLUMNS = List.of(new Gradebook.Column(1, "Essay", 10, DUE),
            new Gradebook.Column(2, "Later", 10, DUE.plusDays(30)));
    private static final Gradebook GRADEBOOK = new Gradebook(1, "Foundations", 70, COLUMNS, List.of(
            row("Ana Ruiz", cell(1, SubmissionStatus.GRADED, "9", false), null, "9"),
            row("ben Ortiz", cell(2, SubmissionStatus.SUBMITTED, null, true), cell(3, SubmissionStatus.RETURNED, null, false), "0"),
            row("Carla Vega", cell(4, SubmissionStatus.GRADED, "4", true), cell(5, SubmissionStatus.GRADED, "10", false), "14"),
            row("Dan Lee", null, null, "0")));

    @Test
    void sortsByNameIgnoringCaseByAnAssignmentWithWorkWithoutPointsLowestAndByTotal() {
        assertEquals(List.of("Dan Lee", "Carla Vega", "ben Ortiz", "Ana Ruiz"), names(GRADEBOOK.sorted(Gradebook.BY_NAME, false)));
        assertEquals(List.of("ben Ortiz", "Dan Lee", "Carla Vega", "Ana Ruiz"), names(GRADEBOOK.sorted(0, true)));
        assertEquals(List.of("Carla Vega", "Ana Ruiz", "ben Ortiz", "Dan Lee"), names(GRADEBOOK.sorted(Gradebook.BY_TOTAL, false)));
    }

    @Test
    void aCellShowsGradedWaitingReturnedMissingOrNotYetDue() {
        LocalDateTime afterFirstDue = DUE.plusDays(1);
        List<Gradebook.Row> rows = GRADEBOOK.rows();
        assertEquals(GradebookCellState.GRADED, GRADEBOOK.state(rows.get(0), 0, afterFirstDue));
        assertEquals(GradebookCellState.NOT_YET_DUE, GRADEBOOK.state(rows.get(0), 1, afterFirstDue));
        assertEquals(GradebookCellState.WAITING, GRADEBOOK.state(rows.get(1), 0, afterFirstDue));
        assertEquals(GradebookCellState.RETURNED, GRADEBOOK.state(rows.get(1), 1, afterFirstDue));
        assertEquals(GradebookCellState.MISSING, GRADEBOOK.state(rows.get(3), 0, afterFirstDue));
        assertEquals(GradebookCellState.NOT_YET_DUE, GRADEBOOK.state(rows.get(3), 0, DUE.minusMinutes(1)));
    }

    private static List<String> names(Gradebook gradebook) {
        return gradebook.rows().stream().map(Gradebook.Row::name).toList();
    }

    private static Gradebook.Cell cell(long id, SubmissionStatus status, String points, boolean late) {
        return new Gradebook.Cell(id, status, points == null ? null : new BigDecimal(points), late);
    }

    private static Gradebook.Row row(String name, Gradebook.Cell first, Gradebook.Cell second, String total) {
        return new Gradebook.Row(name.length(), name, name + "@example.org", Arrays.asList(first, second),
                new BigDecimal(total), BigDecimal.ZERO);
    }
}
