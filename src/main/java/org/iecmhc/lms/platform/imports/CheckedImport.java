package org.iecmhc.lms.platform.imports;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.transaction.Transactional;

/**
 * The course of every import: read and check the file against what is stored, and store its lines only when every
 * one of them is right, in one transaction. A feature says what the check needs to know from the store, how a file
 * is read against it and how the checked lines are stored.
 *
 * @param <T> one checked line
 * @param <K> what the check knows from the store (such as the accounts and records a file may name)
 */
public abstract class CheckedImport<T, K> implements CsvImport<T> {

    private final List<String> columns;
    private final BiFunction<String, K, ImportResult<T>> reader;

    /** @param reader reads and checks a file against what is known */
    protected CheckedImport(List<String> columns, BiFunction<String, K, ImportResult<T>> reader) {
        this.columns = columns;
        this.reader = reader;
    }

    /** What the file would import, storing nothing: for the preview and a dry run. */
    @Override
    public ImportResult<T> check(String csv) {
        return reader.apply(csv, known());
    }

    /** Stores every line of the file, or nothing when any line has a problem. */
    @Override
    @Transactional
    public ImportResult<T> importCsv(String csv) {
        ImportResult<T> result = check(csv);
        if (result.isClean()) {
            store(result.records());
        }
        return result;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    protected abstract K known();

    /** Stores lines that are all right. */
    protected abstract void store(List<T> lines);
}
