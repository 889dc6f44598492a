package org.iecmhc.lms.cohort;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * Reading and answering one person's profile. Callers decide who may: the person themselves or an administrator
 * (the pages that call this are restricted accordingly); nobody else ever sees an individual's answers.
 */
@ApplicationScoped
public class TraineeProfiles {

    /** The version of a profile not answered yet: a stored one starts at 1. */
    public static final long NO_PROFILE = 0;

    @Inject
    EntityManager em;

    public Optional<TraineeProfile> profileOf(long accountId) {
        return em.createQuery("select p from TraineeProfile p where p.account.id = :account", TraineeProfile.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    /**
     * As {@link #answer(long, ProfileAnswers)}, built on the profile's version the caller read (0: no profile yet);
     * a newer one saved meanwhile wins.
     */
    @Transactional
    public TraineeProfile answer(long accountId, long version, ProfileAnswers answers) {
        long stored = profileOf(accountId).map(TraineeProfile::getVersion).orElse(NO_PROFILE);
        if (stored != version) {
            throw new RecordChangedMeanwhile("profile of account " + accountId);
        }
        return answer(accountId, answers);
    }

    @Transactional
    public TraineeProfile answer(long accountId, ProfileAnswers answers) {
        answers.check();
        Account account = Optional.ofNullable(em.find(Account.class, accountId))
                .orElseThrow(() -> new CohortRejected("raceEthnicity", "profile.notFound"));
        County county = null;
        if (answers.countyFips() != null && !answers.countyFips().isBlank()) {
            county = Optional.ofNullable(em.find(County.class, answers.countyFips()))
                    .orElseThrow(() -> new CohortRejected("county", "profile.county.unknown"));
        }
        TraineeProfile profile = profileOf(accountId).orElseGet(() -> {
            TraineeProfile created = new TraineeProfile(account);
            em.persist(created);
            return created;
        });
        profile.answer(answers.raceEthnicity(), answers.language(), county, TypedText.trimmedOrNull(answers.agency()),
                TypedText.trimmedOrNull(answers.discipline()));
        return profile;
    }

}
