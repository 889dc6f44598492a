package org.iecmhc.lms.platform.imports;

import java.util.List;

/**
 * An all-or-nothing CSV import as its page ({@link CsvImportPage}) and its API call run it: a check that stores
 * nothing, the import itself, and the columns its file has.
 */
public interface CsvImport<T> {

    /** Every line read and checked, nothing stored. */
    ImportResult<T> check(String csv);

    /** Every line stored when every line is right, else nothing, with the problems of each line. */
    ImportResult<T> importCsv(String csv);

    List<String> columns();

    /** The check with {@code dryRun}, else the import. */
    default ImportResult<T> run(String csv, boolean dryRun) {
        return dryRun ? check(csv) : importCsv(csv);
    }
}
