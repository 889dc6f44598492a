package org.iecmhc.lms.cohort;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.imports.CheckedImport;
import org.iecmhc.lms.platform.imports.ImportResult;

/**
 * The history import of a feature's meetings with cohorts' trainees (reflective supervision, Communities of
 * Practice): its file is checked against {@link MeetingHistoryFacts}, and its lines are stored with the accounts
 * they name, found for the whole file at once.
 *
 * @param <T> one checked line
 * @param <K> what the check knows from the store
 */
public abstract class MeetingHistoryImport<T, K> extends CheckedImport<T, K> {

    @Inject
    protected EntityManager em;

    @Inject
    protected MeetingHistoryFacts facts;

    private final Function<T, ? extends MeetingHistory.Entry<?>> entry;

    /** @param entry the meeting and attendance a line gives */
    protected MeetingHistoryImport(List<String> columns, BiFunction<String, K, ImportResult<T>> reader,
                                   Function<T, ? extends MeetingHistory.Entry<?>> entry) {
        super(columns, reader);
        this.entry = entry;
    }

    @Override
    protected void store(List<T> lines) {
        store(lines, facts.people(lines.stream().map(entry).toList()));
    }

    /** Stores lines that are all right with the accounts they name: the leaders by e-mail, the trainees by id. */
    protected abstract void store(List<T> lines, MeetingHistoryFacts.People people);
}
