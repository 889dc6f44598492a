package org.iecmhc.lms.platform.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The reads of this request's page that go in one statement (issue 17): each view keeps its read here before the page
 * renders, and the first result asked sends every read kept by then, whatever their features and columns. Each read
 * is a part of a {@code union all}, its columns in a place of their own and null in the other parts', the part's
 * index first, so that each read gets back exactly its own rows as it would alone.
 */
@RequestScoped
public class PageReads {

    @Inject
    EntityManager em;

    private final List<Kept<?>> waiting = new ArrayList<>();

    /** Keeps the read for the page's next statement; asking the result sends it, with every read kept by then. */
    public <T> Supplier<T> add(SqlRead<T> read) {
        Kept<T> kept = new Kept<>(read);
        waiting.add(kept);
        return kept;
    }

    private void sendWaiting() {
        List<Kept<?>> sending = List.copyOf(waiting);
        waiting.clear();
        List<Kept<?>> statements = sending.stream().filter(kept -> kept.read.sql() != null).toList();
        Map<Kept<?>, List<Object[]>> rows = new HashMap<>();
        if (statements.size() == 1) {
            SqlRead<?> alone = statements.get(0).read;
            rows.put(statements.get(0), SqlRead.rows(em, alone.sql(), alone.parameters()));
        } else if (!statements.isEmpty()) {
            rows.putAll(together(statements));
        }
        sending.forEach(kept -> kept.take(rows.getOrDefault(kept, List.of())));
    }

    private Map<Kept<?>, List<Object[]>> together(List<Kept<?>> statements) {
        int width = statements.stream().mapToInt(kept -> kept.read.columns()).sum();
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        int[] offsets = new int[statements.size()];
        int offset = 0;
        for (int i = 0; i < statements.size(); i++) {
            SqlRead<?> read = statements.get(i).read;
            offsets[i] = offset;
            parts.add("select " + i + " as page_read, " + nulls(0, offset) + "r" + i + ".*"
                    + nulls(offset + read.columns(), width) + " from (" + read.sql() + ") r" + i);
            parameters.addAll(read.parameters());
            offset += read.columns();
        }
        Map<Kept<?>, List<Object[]>> rows = new HashMap<>();
        statements.forEach(kept -> rows.put(kept, new ArrayList<>()));
        for (Object[] row : SqlRead.rows(em, String.join(" union all ", parts), parameters)) {
            int part = ((Number) row[0]).intValue();
            int first = 1 + offsets[part];
            rows.get(statements.get(part)).add(Arrays.copyOfRange(row, first, first + statements.get(part).read.columns()));
        }
        return rows;
    }

    /** The other parts' columns from {@code from} up to {@code to}, as plain nulls (a typed null brings a collation). */
    private static String nulls(int from, int to) {
        StringBuilder nulls = new StringBuilder();
        for (int column = from; column < to; column++) {
            nulls.append(from == 0 ? "" : ", ").append("null as c").append(column).append(from == 0 ? ", " : "");
        }
        return nulls.toString();
    }

    /** A read kept for the statement, and then its result. */
    private final class Kept<T> implements Supplier<T> {

        private final SqlRead<T> read;
        private T result;
        private boolean done;

        private Kept(SqlRead<T> read) {
            this.read = read;
        }

        private void take(List<Object[]> rows) {
            result = read.result().apply(rows);
            done = true;
        }

        @Override
        public T get() {
            if (!done) {
                sendWaiting();
            }
            return result;
        }
    }
}
