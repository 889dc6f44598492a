package org.iecmhc.lms.identity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.mail.MailState;

/**
 * Inviting people to choose their own password: nobody types or hands out a first password, each new account gets
 * a link valid seven days. Administrators see where each invitation stands and send pending ones again.
 */
@ApplicationScoped
public class Invitations {

    private static final int IDS_PER_QUERY = 500;
    private static final int PEOPLE_PER_BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AccountLinks links;

    @Inject
    Clock clock;

    /** A new account whose password nobody knows until the person chooses one through the invitation. */
    @Transactional
    public Account createInvited(AccountDetails details) {
        Account account = accounts.createWithoutKnownPassword(details);
        links.send(account, LinkPurpose.INVITATION);
        return account;
    }

    /**
     * Invites people whose accounts the caller has just created, in the caller's transaction. Call it last: it writes
     * and then lets go of every entity the transaction holds (see {@link #sendInBatches}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invite(Collection<Account> people) {
        em.flush();
        sendInBatches(people.stream().map(Account::getId).toList());
    }

    /** Sends the person's invitation again; one already accepted is refused (they have a password of their own). */
    @Transactional
    public void resend(long accountId) {
        Account account = accounts.find(accountId)
                .orElseThrow(() -> new AccountRejected(null, "account.notFound"));
        if (!account.isActive() || !states(List.of(accountId)).get(accountId).isPending()) {
            throw new AccountRejected(null, "invitation.notPending");
        }
        links.send(account, LinkPurpose.INVITATION);
    }

    /** Sends again every pending invitation among these people (a cohort's trainees) and answers how many. */
    @Transactional
    public int resendPending(Collection<Long> accountIds) {
        Map<Long, InvitationState> states = states(accountIds);
        return sendInBatches(states.entrySet().stream().filter(e -> e.getValue().isPending()).map(Map.Entry::getKey)
                .toList());
    }

    /** The state of each person's latest invitation, NONE for those never invited, in one query per 500 people. */
    public Map<Long, InvitationState> states(Collection<Long> accountIds) {
        Map<Long, InvitationState> states = new HashMap<>();
        standings(accountIds).forEach((id, standing) -> states.put(id, standing.state()));
        return states;
    }

    /**
     * Each person's latest invitation and where its mail stands in the outbox (null for those never invited), so that
     * a program that imported a roster can tell a mail still waiting from one the relay has taken.
     */
    public Map<Long, Standing> standings(Collection<Long> accountIds) {
        Map<Long, Standing> standings = new HashMap<>();
        accountIds.forEach(id -> standings.put(id, new Standing(InvitationState.NONE, null)));
        LocalDateTime now = LocalDateTime.now(clock);
        for (List<Long> chunk : chunks(List.copyOf(accountIds), IDS_PER_QUERY)) {
            Map<Long, Object[]> latest = new HashMap<>();
            em.createQuery("select l.account.id, l.usedAt, l.expiresAt, m.state from AccountLink l left join l.mail m"
                            + " where l.purpose = :purpose and l.account.id in :ids order by l.createdAt desc, l.id desc",
                            Object[].class)
                    .setParameter("purpose", LinkPurpose.INVITATION).setParameter("ids", chunk)
                    .getResultList().forEach(row -> latest.putIfAbsent((Long) row[0], row));
            latest.forEach((id, row) -> standings.put(id, new Standing(row[1] != null ? InvitationState.ACCEPTED
                    : row[3] == MailState.FAILED ? InvitationState.FAILED
                    : !now.isBefore((LocalDateTime) row[2]) ? InvitationState.EXPIRED : InvitationState.SENT,
                    (MailState) row[3])));
        }
        return standings;
    }

    /** A person's latest invitation and its mail's state in the outbox (null when never invited). */
    public record Standing(InvitationState state, MailState mail) {
    }

    /**
     * Without woven change tracking a flush or commit compares every entity the transaction holds, and each person
     * adds a link and a mail: a 2,000-person roster took two minutes instead of seconds. So people are invited a
     * hundred at a time, each hundred read afresh, written with one flush and let go of.
     */
    private int sendInBatches(List<Long> accountIds) {
        int sent = 0;
        for (List<Long> batch : chunks(accountIds, PEOPLE_PER_BATCH)) {
            em.flush();
            em.clear();
            for (Account account : em.createQuery("select a from Account a where a.id in :ids and a.active = true",
                    Account.class).setParameter("ids", batch).getResultList()) {
                links.send(account, LinkPurpose.INVITATION);
                sent++;
            }
        }
        em.flush();
        em.clear();
        return sent;
    }

    private static List<List<Long>> chunks(List<Long> ids, int size) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return chunks;
    }
}
