package org.iecmhc.lms.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Invitations;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Enrols a whole roster (CSV) in a cohort, all or nothing. Every line is checked before anything is stored; the
 * database is asked about the file's people in a handful of queries, never once per line.
 */
@ApplicationScoped
public class RosterImport {

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    Cohorts cohorts;

    @Inject
    Counties counties;

    @Inject
    Clock clock;

    /** Every line of the roster as it would be imported, with its problems; stores nothing. */
    public RosterCheck.Result preview(long cohortId, String csv) {
        return check(cohorts.require(cohortId), csv);
    }

    /**
     * Imports the roster and answers how many people were enrolled, or refuses it whole with every problem. Each new
     * person is invited, in the language of their line, to choose their password.
     */
    @Transactional
    public int importRoster(long cohortId, String csv) {
        Cohort cohort = cohorts.requireForEnrollment(cohortId);
        RosterCheck.Result result = check(cohort, csv);
        if (!result.importable()) {
            throw new RosterRejected(result.problems());
        }
        List<RosterLine> lines = result.lines();
        Map<String, Account> existing = accounts.findByEmails(emails(lines)).stream()
                .collect(Collectors.toMap(Account::getEmail, Function.identity()));
        List<AccountDetails> newPeople = lines.stream().filter(line -> !existing.containsKey(line.email()))
                .map(line -> new AccountDetails(line.email(), line.firstName(), line.lastName(),
                        line.preferredLanguage(), EnumSet.of(Role.TRAINEE)))
                .toList();
        Map<String, Account> trainees = new HashMap<>(existing);
        List<Account> created = accounts.createWithoutKnownPassword(newPeople);
        created.forEach(account -> trainees.put(account.getEmail(), account));
        Set<Long> withProfile = accountsWithProfile(existing.values());
        LocalDate today = PacificTime.today(clock);
        for (RosterLine line : lines) {
            Account trainee = trainees.get(line.email());
            boolean known = existing.containsKey(line.email());
            if (!known || !withProfile.contains(trainee.getId())) {
                em.persist(profile(trainee, line));
            }
            em.persist(new Enrollment(cohort, trainee, EnrollmentStatus.ENROLLED, today));
        }
        invitations.invite(created);
        return lines.size();
    }

    private RosterCheck.Result check(Cohort cohort, String csv) {
        Set<String> activeEmails = new HashSet<>(em.createQuery("select e.trainee.email from Enrollment e"
                        + " where e.cohort = :cohort and e.status in :active", String.class)
                .setParameter("cohort", cohort).setParameter("active", EnrollmentStatus.activeOnes()).getResultList());
        return RosterCheck.check(csv, new RosterCheck.Cohort(cohort.isClosed(), cohort.getCapacity(),
                activeEmails.size(), activeEmails, counties.lookup()::find));
    }

    /** A trainee already known keeps the answers they gave; the roster's answers start a new trainee's profile. */
    private TraineeProfile profile(Account trainee, RosterLine line) {
        TraineeProfile profile = new TraineeProfile(trainee);
        County county = line.countyFips() == null ? null : em.getReference(County.class, line.countyFips());
        profile.answer(line.raceEthnicity(), line.languageBackground(), county, line.agency(), null);
        return profile;
    }

    private Set<Long> accountsWithProfile(Collection<Account> known) {
        if (known.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p.account.id from TraineeProfile p where p.account in :accounts",
                Long.class).setParameter("accounts", List.copyOf(known)).getResultList());
    }

    private static List<String> emails(List<RosterLine> lines) {
        return lines.stream().map(RosterLine::email).toList();
    }
}
