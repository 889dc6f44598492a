package org.iecmhc.lms.helpline.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.helpline.HelplineStaff;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The helpline's follow-ups: opened from a call for a helpline staff member, listed in the queue, closed with their
 * outcome. Only helpline staff and administrators work the queue, and only helpline staff are given follow-ups.
 */
@ApplicationScoped
public class FollowUps {

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Transactional
    public FollowUp open(Viewer actor, long callId, FollowUpDetails details) {
        requireStaff(actor);
        HelplineCall call = Optional.ofNullable(em.find(HelplineCall.class, callId))
                .orElseThrow(() -> new InputRejected(null, "helpline.call.notFound"));
        Account assignee = assignee(details.assigneeId());
        LocalDate today = today();
        if (details.dueOn() == null) {
            throw new InputRejected("dueOn", "followUp.dueOn.required");
        }
        if (details.dueOn().isBefore(today)) {
            throw new InputRejected("dueOn", "followUp.dueOn.past");
        }
        if (details.dueOn().isAfter(today.plusDays(FollowUpLimits.MAX_DAYS_AHEAD))) {
            throw new InputRejected("dueOn", "followUp.dueOn.tooFar");
        }
        String note = TypedText.trimmedOrNull(details.note());
        TypedText.requireFits(note, FollowUpLimits.NOTE, InputRejected::new, "note", "followUp.note.tooLong");
        FollowUp followUp = new FollowUp(call, assignee, details.dueOn(), note);
        em.persist(followUp);
        return followUp;
    }

    /** Records what came of it; a follow-up is done once, so a second closing is refused rather than overwritten. */
    @Transactional
    public FollowUp close(Viewer actor, long id, long version, String outcome) {
        requireStaff(actor);
        FollowUp followUp = find(actor, id).orElseThrow(() -> new InputRejected(null, "followUp.notFound"));
        followUp.requireVersion(version);
        if (followUp.getStatus() == FollowUpStatus.DONE) {
            throw new InputRejected("outcome", "followUp.alreadyDone");
        }
        String text = TypedText.trimmedOrNull(outcome);
        if (text == null) {
            throw new InputRejected("outcome", "followUp.outcome.required");
        }
        TypedText.requireFits(text, FollowUpLimits.OUTCOME, InputRejected::new, "outcome", "followUp.outcome.tooLong");
        followUp.close(text, today());
        return followUp;
    }

    /** A follow-up for helpline staff and administrators; nobody else learns whether it exists. */
    public Optional<FollowUp> find(Viewer viewer, long id) {
        if (!isStaff(viewer)) {
            return Optional.empty();
        }
        return em.createQuery("select f from FollowUp f join fetch f.call join fetch f.assignee where f.id = :id",
                FollowUp.class).setParameter("id", id).getResultStream().findFirst();
    }

    public List<FollowUp> ofCall(long callId) {
        return em.createQuery("select f from FollowUp f join fetch f.assignee where f.call.id = :call"
                + " order by f.dueOn, f.id", FollowUp.class).setParameter("call", callId).getResultList();
    }

    /** Who can be given a follow-up. */
    public List<Account> staff() {
        return accounts.activeWithRole(Role.HELPLINE_STAFF);
    }

    public List<FollowUp> search(FollowUpFilter filter, int first, int pageSize, FollowUpSort sort, boolean ascending) {
        return chosen(filter).page(em, "select f from FollowUp f join fetch f.call c join fetch f.assignee a",
                sort.ordering("f", ascending) + ", f.id", FollowUp.class, first, pageSize);
    }

    public long count(FollowUpFilter filter) {
        return chosen(filter).count(em, "select count(f) from FollowUp f");
    }

    public LocalDate today() {
        return PacificTime.today(clock);
    }

    private Conditions chosen(FollowUpFilter filter) {
        return Conditions.chosen()
                .and("f.assignee.email = :assignee", "assignee", filter.assigneeEmail())
                .and("f.status = :status", "status", filter.overdue() ? FollowUpStatus.OPEN : filter.status())
                .and("f.dueOn < :today", "today", filter.overdue() ? today() : null)
                .and("f.call.county.fips = :county", "county", filter.countyFips())
                .and("exists (select t from HelplineCall c2 join c2.topics t where c2 = f.call and t.id = :topic)",
                        "topic", filter.topicId());
    }

    private Account assignee(Long id) {
        if (id == null) {
            throw new InputRejected("assignee", "followUp.assignee.required");
        }
        return Optional.ofNullable(em.find(Account.class, id))
                .filter(HelplineStaff::isStaff)
                .orElseThrow(() -> new InputRejected("assignee", "followUp.assignee.notStaff"));
    }

    private void requireStaff(Viewer actor) {
        if (!isStaff(actor)) {
            throw new InputRejected(null, "followUp.staffOnly");
        }
    }

    private boolean isStaff(Viewer viewer) {
        return HelplineStaff.includes(em, viewer);
    }
}
