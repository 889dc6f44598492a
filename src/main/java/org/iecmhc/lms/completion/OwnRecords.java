package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.UnionAll;

/**
 * A trainee's enrollments in the cohorts they follow or finished, with their own credits in each: the enrollments,
 * their cohorts' terms and certificate codes and the records of every column credit source in one statement (issue 17),
 * each other source by its own query per cohort. The enrollments are a part of the union of their own shape: their
 * columns come first and the credit parts' are null there, the credit columns last and null in the enrollments' part.
 */
final class OwnRecords {

    private static final List<EnrollmentStatus> FOLLOWED = List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED,
            EnrollmentStatus.NOT_COMPLETED, EnrollmentStatus.APPLIED);
    private static final int ENROLLMENT_COLUMNS = 14;
    /** Plain columns: as entities, the enrollment's trainee and their roles would be read again at every page. */
    private static final String ENROLLMENTS = "select e.id, t.id, t.first_name, t.last_name, e.status, c.id, c.name,"
            + " c.start_date, c.end_date, c.required_supervision_hours, c.required_cop_meetings,"
            + " c.required_practicum_hours, c.final_evaluation_required, cert.code, null, null, null, null, null, null, null"
            + " from enrollment e join account t on t.id = e.trainee_id join cohort c on c.id = e.cohort_id"
            + " left join completion_certificate cert on cert.enrollment_id = e.id"
            + " where t.email = ? and e.status in (" + UnionAll.names(FOLLOWED) + ")";
    private static final String COHORTS = "select fe.cohort_id from enrollment fe join account fa on fa.id = fe.trainee_id"
            + " where fa.email = ? and fe.status in (" + UnionAll.names(FOLLOWED) + ")";
    private static final String TRAINEE = "(select ta.id from account ta where ta.email = ?)";

    private OwnRecords() {
    }

    /** The trainee's enrollments, the latest cohort first. */
    static List<Followed> of(EntityManager em, Iterable<CreditSource> sources, String traineeEmail) {
        String email = Account.normalizeEmail(traineeEmail);
        UnionAll union = new UnionAll().add(ENROLLMENTS, List.of(email));
        List<ColumnCredits> columns = new ArrayList<>();
        List<CreditSource> others = new ArrayList<>();
        for (CreditSource source : sources) {
            Optional<ColumnCredits> column = source.columns();
            if (column.isPresent()) {
                columns.add(column.get());
                union.add(column.get().followedBy("null, ".repeat(ENROLLMENT_COLUMNS), COHORTS, TRAINEE), List.of(email, email));
            } else {
                others.add(source);
            }
        }
        List<Object[]> enrollments = new ArrayList<>();
        Map<List<Long>, List<ColumnCredits.Row>> rows = new HashMap<>();
        for (Object[] r : union.rows(em)) {
            if (UnionAll.part(r) == 0) {
                enrollments.add(r);
            } else {
                rows.computeIfAbsent(List.of((long) UnionAll.part(r), ((Number) r[ENROLLMENT_COLUMNS + 1]).longValue()),
                        key -> new ArrayList<>()).add(ColumnCredits.row(r, ENROLLMENT_COLUMNS + 2));
            }
        }
        enrollments.sort(Comparator.comparing((Object[] r) -> day(r[8])).reversed()
                .thenComparing(r -> ((Number) r[1]).longValue(), Comparator.reverseOrder()));
        List<Followed> followed = new ArrayList<>();
        for (Object[] r : enrollments) {
            long cohortId = ((Number) r[6]).longValue();
            Member member = new Member(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), r[3] + " " + r[4],
                    EnrollmentStatus.valueOf((String) r[5]));
            List<Credit> credits = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                credits.addAll(columns.get(i).toCredits(rows.getOrDefault(List.of(i + 1L, cohortId), List.of())));
            }
            for (CreditSource other : others) {
                credits.addAll(other.creditsOf(cohortId, member.traineeId()));
            }
            CohortTerms terms = new CohortTerms(day(r[8]), day(r[9]), new CompletionRequirements((BigDecimal) r[10],
                    ((Number) r[11]).intValue(), (BigDecimal) r[12], flag(r[13])));
            followed.add(new Followed(member, (String) r[7], terms, (String) r[14], credits));
        }
        return followed;
    }

    private static LocalDate day(Object value) {
        return UnionAll.time(value).toLocalDate();
    }

    /** A boolean column, which a union may hand over as a number. */
    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** One enrollment of the trainee, its cohort's name and terms, its certificate's code (or null) and credits. */
    record Followed(Member member, String cohortName, CohortTerms terms, String certificateCode, List<Credit> credits) {
    }
}
