package org.iecmhc.lms.platform.imports;

import java.util.List;

import org.iecmhc.lms.platform.errors.FirstProblems;

/** The records an import file holds, or the first problems found in it and how many there are in all. */
public record ImportResult<T>(List<T> records, FirstProblems<ImportProblem> found) {

    public boolean isClean() {
        return found.isEmpty();
    }

    public List<ImportProblem> problems() {
        return found.first();
    }

    public int problemCount() {
        return found.total();
    }
}
