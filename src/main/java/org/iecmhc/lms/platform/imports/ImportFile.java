package org.iecmhc.lms.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iecmhc.lms.platform.errors.FirstProblems;
import org.iecmhc.lms.platform.text.Csv;

/**
 * An import file read: its header names the columns (in any order, case aside) and each other non-blank line is a
 * row that reports its own problems. A file missing a column, with no rows or with more than {@value #MAX_LINES}
 * answers one problem for the whole file and no rows, so a huge bad file is refused at once.
 */
public final class ImportFile {

    /** Ten years of any of the Network's services fit many times over; a larger file is a mistake. */
    public static final int MAX_LINES = 100_000;

    private final List<ImportRow> rows;
    private final FirstProblems<ImportProblem> problems;

    private ImportFile(List<ImportRow> rows, FirstProblems<ImportProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    public static ImportFile read(String csv, List<String> columns) {
        FirstProblems<ImportProblem> problems = new FirstProblems<>();
        List<Csv.Row> lines = Csv.read(csv == null ? "" : csv).stream().filter(row -> !row.isBlank()).toList();
        if (lines.size() < 2) {
            problems.add(new ImportProblem(1, "history.import.empty"));
            return new ImportFile(List.of(), problems);
        }
        if (lines.size() - 1 > MAX_LINES) {
            problems.add(new ImportProblem(lines.get(lines.size() - 1).line(), "history.import.tooManyLines", MAX_LINES));
            return new ImportFile(List.of(), problems);
        }
        Csv.Row header = lines.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            index.putIfAbsent(header.field(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = columns.stream().filter(column -> !index.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(header.line(), "history.import.columns", String.join(", ", missing)));
            return new ImportFile(List.of(), problems);
        }
        List<ImportRow> rows = new ArrayList<>(lines.size() - 1);
        for (Csv.Row line : lines.subList(1, lines.size())) {
            rows.add(new ImportRow(line, index, problems));
        }
        return new ImportFile(rows, problems);
    }

    /** The file's rows in file order; none when the file itself was refused. */
    public List<ImportRow> rows() {
        return rows;
    }

    /** Every problem reported so far, the file's and its rows'. */
    public FirstProblems<ImportProblem> problems() {
        return problems;
    }

    /** The records read, with every problem reported: all of them stored, or none. */
    public <T> ImportResult<T> result(List<T> records) {
        return new ImportResult<>(problems.isEmpty() ? List.copyOf(records) : List.of(), problems);
    }
}
