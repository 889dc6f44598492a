package org.iecmhc.lms.platform.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * The queries of several features, each of the same columns, read in one statement: a page that gathers from every
 * feature behind an extension interface (credits toward completion, a trainee's to-do list) then costs one statement,
 * not one per feature (issue 17). Each part is plain SQL with {@code ?} parameters; each row comes first with the index
 * of its part, as column {@code part}, so that the part's feature makes it into what it stands for.
 */
public final class UnionAll {

    private final List<String> selects = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** A part: {@code select ...} with a parameter for each {@code ?}, in order. */
    public UnionAll add(String select, List<?> partParameters) {
        selects.add("select " + selects.size() + " as part, " + select.substring("select ".length()));
        parameters.addAll(partParameters);
        return this;
    }

    /** The rows of every part, in no particular order. */
    public List<Object[]> rows(EntityManager em) {
        return rows(em, "%s");
    }

    /**
     * The rows of every part as {@link #rows(EntityManager)} gives them, read straight through JDBC ({@link JdbcRows}):
     * for parts of thousands of rows.
     */
    public List<Object[]> manyRows(EntityManager em) {
        SqlRead<List<Object[]>> read = read(0, rows -> rows, "%s");
        return JdbcRows.read(em, read.sql(), read.parameters()).orElseGet(() -> read.from(em));
    }

    /**
     * The rows of a statement around the parts (such as one that keeps the first rows of each), the union standing for
     * {@code %s} in it; its own parameters follow the parts'.
     */
    public List<Object[]> rows(EntityManager em, String around, Object... after) {
        return read(0, rows -> rows, around, after).from(em);
    }

    /**
     * The statement of {@link #rows(EntityManager, String, Object...)} as a read of that many columns (the part's index
     * included), not sent yet, so that a page may send it with its other reads ({@link PageReads}).
     */
    public <T> SqlRead<T> read(int columns, Function<List<Object[]>, T> result, String around, Object... after) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(Arrays.asList(after));
        return new SqlRead<>(String.format(around, String.join(" union all ", selects)), all, columns, result);
    }

    /**
     * Enum constants as the SQL literals of an {@code in (...)} list, by name as they are stored: a part's parameters
     * are single values.
     */
    public static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(value -> "'" + value.name() + "'").collect(Collectors.joining(", "));
    }

    /** The index of the row's part. */
    public static int part(Object[] row) {
        return ((Number) row[0]).intValue();
    }

    /**
     * A time column as the driver hands it over, a date read as its midnight: the parts may put dates and times in
     * the same column, which the database then makes a time.
     */
    public static LocalDateTime time(Object value) {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay();
        }
        return ((LocalDate) value).atStartOfDay();
    }
}
