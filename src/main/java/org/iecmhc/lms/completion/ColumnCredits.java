package org.iecmhc.lms.completion;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A source whose credits are one query of plain columns, each row made into a credit: a cohort's records run to
 * thousands, and as entities each row's trainee would cost a query of its own. Its query is plain SQL of five columns
 * in the shape of {@link Row}, so that every such source of the application is read in one statement (a
 * {@code union all} of their queries, {@link #gathered}): a page costs one statement for all of them, not one each
 * (issue 17). The query's {@code where} clause takes the cohort as its only {@code ?}; one trainee's credits add a
 * condition on the trainee's column, so a trainee's page reads only their own records.
 */
public abstract class ColumnCredits implements CreditSource {

    @Inject
    EntityManager em;

    private final String query;
    private final String traineeColumn;
    private final Function<Row, Credit> credit;

    /**
     * @param query         select trainee id, amount, state, first time, second time (or a typed null) from ...
     *                      where ..., with {@code ?} for the cohort
     * @param traineeColumn the trainee's id column in that query, such as {@code e.trainee_id}
     */
    protected ColumnCredits(String query, String traineeColumn, Function<Row, Credit> credit) {
        this.query = query;
        this.traineeColumn = traineeColumn;
        this.credit = credit;
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
            if (source instanceof ColumnCredits column) {
                columns.add(column);
            } else {
                credits.addAll(traineeId == null ? source.creditsIn(cohortId) : source.creditsOf(cohortId, traineeId));
            }
        }
        if (!columns.isEmpty()) {
            credits.addAll(read(em, columns, cohortId, traineeId));
        }
        return credits;
    }

    /** Each row starts with the index of its source, which makes it into a credit. */
    private static List<Credit> read(EntityManager em, List<ColumnCredits> sources, long cohortId, Long traineeId) {
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            branches.add("select " + i + ", " + sources.get(i).branch(traineeId != null).substring("select ".length()));
        }
        Query statement = em.createNativeQuery(String.join(" union all ", branches));
        int parameter = 1;
        for (int i = 0; i < sources.size(); i++) {
            statement.setParameter(parameter++, cohortId);
            if (traineeId != null) {
                statement.setParameter(parameter++, traineeId);
            }
        }
        List<Credit> credits = new ArrayList<>();
        for (Object result : statement.getResultList()) {
            Object[] r = (Object[]) result;
            Row row = new Row(((Number) r[1]).longValue(), ((Number) r[2]).intValue(), (String) r[3], time(r[4]), time(r[5]));
            credits.add(sources.get(((Number) r[0]).intValue()).toCredit(row));
        }
        return credits;
    }

    /** Not final, nor are the others called on another instance: the instance may be a container's proxy. */
    protected String branch(boolean oneTrainee) {
        return oneTrainee ? query + " and " + traineeColumn + " = ?" : query;
    }

    protected Credit toCredit(Row row) {
        return credit.apply(row);
    }

    /** A date column read as midnight, so that dates and times of the sources share one column of the statement. */
    private static LocalDateTime time(Object value) {
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

    /**
     * One row of a source's query.
     *
     * @param state  the record's state as stored (an enum's name), or null
     * @param first  the record's time, or its date at midnight
     * @param second another time the source may need, or null
     */
    public record Row(long traineeId, int amount, String state, LocalDateTime first, LocalDateTime second) {
    }
}
