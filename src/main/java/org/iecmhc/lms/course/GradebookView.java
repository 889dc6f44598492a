package org.iecmhc.lms.course;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A course's gradebook on screen, sorted by the column the reader chose, each cell with its state and a link to the
 * submission; and as a CSV download.
 */
@Named
@ViewScoped
public class GradebookView implements Serializable {

    @Inject
    Gradebooks gradebooks;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    private Long courseId;
    // computed again after the session moved to another cluster member, rather than serialized with it
    private transient Gradebook gradebook;
    private int sortBy = Gradebook.BY_NAME;
    private boolean ascending = true;

    public void load() {
        if (gradebook == null && courseId != null) {
            gradebook = gradebooks.forCourse(viewer.get().email(), courseId).orElse(null);
            if (gradebook != null) {
                setSortBy(sortBy);
                resort();
            }
        }
    }

    /**
     * The sort a column header's link asks for ({@code sort}: "name", "total" or a column's number; {@code order}:
     * "desc" or ascending); anything else sorts by name, ascending.
     */
    public void setSort(String sort) {
        if ("total".equals(sort)) {
            sortBy = Gradebook.BY_TOTAL;
        } else if (sort != null && sort.matches("\\d{1,4}")) {
            sortBy = Integer.parseInt(sort);
        } else {
            sortBy = Gradebook.BY_NAME;
        }
    }

    public String getSort() {
        return sortParameter(sortBy);
    }

    public void setOrder(String order) {
        ascending = !"desc".equals(order);
    }

    public String getOrder() {
        return ascending ? "asc" : "desc";
    }

    /** The address value of a header's sort: its column's number, or "name" / "total". */
    public String sortParameter(int column) {
        return column == Gradebook.BY_NAME ? "name" : column == Gradebook.BY_TOTAL ? "total" : String.valueOf(column);
    }

    /** The order a header's link asks for: the other way round when the table is sorted by it already. */
    public String nextOrder(int column) {
        return column == sortBy && ascending ? "desc" : "asc";
    }

    /** How the table is sorted by the column, for the header's icon and its screen reader text. */
    public String sortState(int column) {
        return column != sortBy ? "none" : ascending ? "ascending" : "descending";
    }

    /** Sorts the rows by the column and order the reader chose. */
    public void resort() {
        if (gradebook != null) {
            gradebook = gradebook.sorted(sortBy, ascending);
        }
    }

    public GradebookCellState state(Gradebook.Row row, int column) {
        return gradebook.state(row, column, PacificTime.nowUtc(clock));
    }

    public int getByName() {
        return Gradebook.BY_NAME;
    }

    public int getByTotal() {
        return Gradebook.BY_TOTAL;
    }

    /** The export, with a byte-order mark so that spreadsheet programs read the Spanish names as UTF-8. */
    public StreamedContent getCsv() {
        String csv = "\uFEFF" + GradebookCsv.write(gradebook, Messages::text);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("gradebook-" + gradebook.courseId() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public int getSortBy() {
        return sortBy;
    }

    /** A column the gradebook does not have (a stale or forged choice) sorts by name. */
    public void setSortBy(int sortBy) {
        boolean known = sortBy == Gradebook.BY_NAME || sortBy == Gradebook.BY_TOTAL
                || (gradebook != null && sortBy >= 0 && sortBy < gradebook.columns().size());
        this.sortBy = known ? sortBy : Gradebook.BY_NAME;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }

    public Gradebook getGradebook() {
        return gradebook;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
