package org.iecmhc.lms.completion;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.UnionAll;

/**
 * A source whose credits are one query of plain columns, each row made into a credit: a cohort's records run to
 * thousands, and as entities each row's trainee would cost a query of its own. Its query is plain SQL of the columns
 * of {@link Row}, so that every such source of the application is read in one statement ({@link #gathered}): a page
 * costs one statement for all of them, not one each (issue 17), read straight through JDBC ({@code UnionAll.manyRows}).
 * The query's {@code where} clause takes the cohort as
 * its only {@code ?}, in the condition {@code <cohort column> = ?}; one trainee's credits add a condition on the
 * trainee's column, so a trainee's page reads only their own records, and a trainee's own progress reads their records
 * in every cohort they follow at once ({@link #followedBy}).
 */
public abstract class ColumnCredits implements CreditSource {

    @Inject
    EntityManager em;

    private final String query;
    private final String cohortColumn;
    private final String traineeColumn;
    private final Function<Row, Credit> credit;

    /**
     * @param query         select trainee id, amount, state, first time, second time (or a typed null), group (or
     *                      null) from ... where ..., with {@code <cohortColumn> = ?} for the cohort
     * @param cohortColumn  the cohort's id column in that query, such as {@code s.cohort_id}
     * @param traineeColumn the trainee's id column in that query, such as {@code e.trainee_id}
     * @param credit        the credit of one row
     */
    protected ColumnCredits(String query, String cohortColumn, String traineeColumn, Function<Row, Credit> credit) {
        if (!query.contains(cohortColumn + " = ?")) {
            throw new IllegalArgumentException("The query takes no cohort as " + cohortColumn + " = ?: " + query);
        }
        this.query = query;
        this.cohortColumn = cohortColumn;
        this.traineeColumn = traineeColumn;
        this.credit = credit;
    }

    /** For a source whose rows are made into credits all together, by {@link #toCredits}. */
    protected ColumnCredits(String query, String cohortColumn, String traineeColumn) {
        this(query, cohortColumn, traineeColumn, null);
    }

    @Override
    public Optional<ColumnCredits> columns() {
        return Optional.of(this);
    }

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return read(em, List.of(this), cohortId, null);
    }

    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return read(em, List.of(this), cohortId, traineeId);
    }

    /**
     * The credits of every source, of the cohort or only of the given trainee in it: the column sources' in one
     * statement, each other source by its own query.
     */
    public static List<Credit> gathered(EntityManager em, Iterable<CreditSource> sources, long cohortId, Long traineeId) {
        List<ColumnCredits> columns = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        for (CreditSource source : sources) {
            Optional<ColumnCredits> column = source.columns();
            if (column.isPresent()) {
                columns.add(column.get());
            } else {
                credits.addAll(traineeId == null ? source.creditsIn(cohortId) : source.creditsOf(cohortId, traineeId));
            }
        }
        if (!columns.isEmpty()) {
            credits.addAll(read(em, columns, cohortId, traineeId));
        }
        return credits;
    }

    private static List<Credit> read(EntityManager em, List<ColumnCredits> sources, long cohortId, Long traineeId) {
        UnionAll union = new UnionAll();
        for (ColumnCredits source : sources) {
            union.add(source.query(traineeId != null), traineeId == null ? List.of(cohortId) : List.of(cohortId, traineeId));
        }
        List<List<Row>> rows = new ArrayList<>();
        sources.forEach(source -> rows.add(new ArrayList<>()));
        for (Object[] r : union.manyRows(em)) {
            rows.get(UnionAll.part(r)).add(row(r, 1));
        }
        List<Credit> credits = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            credits.addAll(sources.get(i).toCredits(rows.get(i)));
        }
        return credits;
    }

    /** The row whose trainee id is at {@code first} of a union's row, the other columns after it. */
    static Row row(Object[] r, int first) {
        return new Row(((Number) r[first]).longValue(), ((Number) r[first + 1]).intValue(), (String) r[first + 2],
                UnionAll.time(r[first + 3]), UnionAll.time(r[first + 4]),
                r[first + 5] == null ? null : ((Number) r[first + 5]).longValue());
    }

    /** A method, not a field, as every other source's is read: the source may be the container's proxy of it. */
    protected String query(boolean oneTrainee) {
        return oneTrainee ? query + " and " + traineeColumn + " = ?" : query;
    }

    /**
     * The query of one trainee's records in several cohorts, with the cohort's id before the other columns and
     * {@code leading} (null columns for the statement's other parts) before that.
     *
     * @param cohorts a subquery of the cohorts' ids
     * @param trainee an expression of the trainee's id; its {@code ?} come after those of {@code cohorts}
     */
    protected String followedBy(String leading, String cohorts, String trainee) {
        return "select " + leading + cohortColumn + ", " + query.substring("select ".length())
                .replace(cohortColumn + " = ?", cohortColumn + " in (" + cohorts + ")")
                + " and " + traineeColumn + " = " + trainee;
    }

    /** The credits of all the source's rows of one reading, by default each row's on its own. */
    protected List<Credit> toCredits(List<Row> rows) {
        return rows.stream().map(credit).toList();
    }

    /**
     * One row of a source's query.
     *
     * @param state  the record's state as stored (an enum's name), or null
     * @param first  the record's time, or its date at midnight
     * @param second another time the source may need, or null
     * @param group  what the record belongs to, for a source whose rules look at the group's other rows, or null
     */
    public record Row(long traineeId, int amount, String state, LocalDateTime first, LocalDateTime second, Long group) {
    }
}
