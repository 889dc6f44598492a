package org.iecmhc.lms.forum;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;

/**
 * A forum: the cohort, course or series it belongs to, with the cohort whose people are its members and the account
 * ids of those who lead it: the course's faculty (co-teachers included) or the series' facilitator (none for a cohort's
 * own forum).
 */
public record ForumPlace(ForumKind kind, long id, String title, Cohort cohort, Set<Long> leaderIds) implements Serializable {

    ForumPlace(ForumKind kind, long id, String title, Cohort cohort, Collection<Account> leaders) {
        this(kind, id, title, cohort, leaders.stream().filter(Objects::nonNull).map(Account::getId).collect(Collectors.toUnmodifiableSet()));
    }
}
