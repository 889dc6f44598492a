package org.iecmhc.lms.provider;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.imports.CheckedImport;
import org.iecmhc.lms.platform.imports.ImportResult;

/**
 * The history import of a service to providers (Open-Door sessions, support series, consultation assignments): its
 * file is checked against {@link ServiceHistoryFacts}, and its lines are stored with the consultants they name, found
 * by e-mail once for the whole file.
 *
 * @param <T> one checked line
 * @param <K> what the check knows from the store
 */
public abstract class ServiceHistoryImport<T, K> extends CheckedImport<T, K> {

    @Inject
    protected EntityManager em;

    @Inject
    protected ServiceHistoryFacts facts;

    protected ServiceHistoryImport(List<String> columns, BiFunction<String, K, ImportResult<T>> reader) {
        super(columns, reader);
    }

    @Override
    protected void store(List<T> lines) {
        store(lines, facts.consultants());
    }

    /** Stores lines that are all right; {@code consultants} holds every consultant account by e-mail. */
    protected abstract void store(List<T> lines, Map<String, Account> consultants);
}
