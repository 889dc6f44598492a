package org.iecmhc.lms.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

/**
 * The invitation state column of a paged table of people (a cohort's roster): the states of the whole page are read
 * in one query when its first row asks, never one query per row.
 */
public final class InvitationColumn implements Serializable {

    private final HashMap<Long, InvitationState> states = new HashMap<>();

    public InvitationState of(long accountId, Collection<Long> pageAccountIds, Invitations invitations) {
        if (!states.containsKey(accountId)) {
            states.clear();
            states.putAll(invitations.states(pageAccountIds));
            if (!states.containsKey(accountId)) {
                states.putAll(invitations.states(List.of(accountId)));
            }
        }
        return states.get(accountId);
    }

    /** After invitations were sent: the next rendering reads the states again. */
    public void forget() {
        states.clear();
    }
}
