package org.iecmhc.lms.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Brings in a cohort's past enrollments with their dates, status and completion date, all lines or none, closed
 * cohorts included: history is what happened, not a new roster. A person new to the application gets a trainee
 * account but no invitation (a past trainee may not expect mail; they can ask for a password reset).
 */
@ApplicationScoped
public class EnrollmentHistory {

    @Inject
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** What the file would import into the cohort, storing nothing: for the preview and a dry run. */
    public ImportResult<EnrollmentHistoryLine> check(long cohortId, String csv) {
        return EnrollmentHistoryReader.read(csv, known(cohorts.require(cohortId)));
    }

    /** Stores every enrollment of the file, or nothing when any line has a problem. */
    @Transactional
    public ImportResult<EnrollmentHistoryLine> importCsv(long cohortId, String csv) {
        Cohort cohort = cohorts.require(cohortId);
        ImportResult<EnrollmentHistoryLine> result = EnrollmentHistoryReader.read(csv, known(cohort));
        if (!result.isClean()) {
            return result;
        }
        List<EnrollmentHistoryLine> lines = result.records();
        Map<String, Account> trainees = new HashMap<>();
        accounts.findByEmails(lines.stream().map(EnrollmentHistoryLine::email).toList())
                .forEach(account -> trainees.put(account.getEmail(), account));
        List<AccountDetails> newPeople = lines.stream().filter(line -> !trainees.containsKey(line.email()))
                .map(line -> new AccountDetails(line.email(), line.firstName(), line.lastName(), line.language(),
                        EnumSet.of(Role.TRAINEE)))
                .toList();
        accounts.createWithoutKnownPassword(newPeople).forEach(account -> trainees.put(account.getEmail(), account));
        LocalDate today = PacificTime.today(clock);
        for (EnrollmentHistoryLine line : lines) {
            em.persist(enrollment(cohort, trainees.get(line.email()), line, today));
        }
        return result;
    }

    /**
     * The enrollment as the rules would have made it: enrolled from its date, then ended or withdrawn on its own. A
     * withdrawal with no enrolled_on was an applicant's, received no later than they withdrew.
     */
    private static Enrollment enrollment(Cohort cohort, Account trainee, EnrollmentHistoryLine line, LocalDate today) {
        EnrollmentStatus status = line.status();
        boolean applicantOnly = status == EnrollmentStatus.APPLIED
                || status == EnrollmentStatus.WITHDRAWN && line.enrolledOn() == null;
        if (applicantOnly) {
            LocalDate received = line.endedOn() != null && line.endedOn().isBefore(today) ? line.endedOn() : today;
            Enrollment applied = new Enrollment(cohort, trainee, EnrollmentStatus.APPLIED, received);
            if (status == EnrollmentStatus.WITHDRAWN) {
                applied.withdraw(line.endedOn(), line.withdrawalReason());
            }
            return applied;
        }
        Enrollment enrolled = new Enrollment(cohort, trainee, EnrollmentStatus.ENROLLED, today, line.enrolledOn());
        if (status == EnrollmentStatus.WITHDRAWN) {
            enrolled.withdraw(line.endedOn(), line.withdrawalReason());
        } else if (status != EnrollmentStatus.ENROLLED) {
            enrolled.end(status, line.endedOn(), today);
        }
        return enrolled;
    }

    private EnrollmentHistoryReader.Known known(Cohort cohort) {
        List<String> inCohort = em.createQuery("select e.trainee.email from Enrollment e where e.cohort = :cohort",
                String.class).setParameter("cohort", cohort).getResultList();
        return new EnrollmentHistoryReader.Known(cohort.getStartDate(), cohort.getEndDate(), new HashSet<>(inCohort),
                clock);
    }

    /** The import into one cohort, as its page and its API call run it. */
    public CsvImport<EnrollmentHistoryLine> into(long cohortId) {
        return new CsvImport<>() {
            @Override
            public ImportResult<EnrollmentHistoryLine> check(String csv) {
                return EnrollmentHistory.this.check(cohortId, csv);
            }

            @Override
            public ImportResult<EnrollmentHistoryLine> importCsv(String csv) {
                return EnrollmentHistory.this.importCsv(cohortId, csv);
            }

            @Override
            public List<String> columns() {
                return EnrollmentHistoryReader.COLUMNS;
            }
        };
    }
}
