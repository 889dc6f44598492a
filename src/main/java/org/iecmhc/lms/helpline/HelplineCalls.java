package org.iecmhc.lms.helpline;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;

/** Recording, correcting and finding helpline calls. */
@ApplicationScoped
public class HelplineCalls {

    @Inject
    EntityManager em;

    @Inject
    Counties counties;

    @Inject
    Clock clock;

    @Inject
    ReferralDirectory directory;

    @Inject
    TopicNames topicNames;

    @Transactional
    public HelplineCall record(CallForm form) {
        CallRecord record = CallRules.check(form, clock);
        HelplineCall call = new HelplineCall(record, county(record), provider(record), topics(record));
        call.referTo(directory.referred(form.referredIds(), Set.of()));
        em.persist(call);
        TallyChange change = new TallyChange();
        change.add(TalliedCall.of(record));
        tally(change);
        return call;
    }

    @Transactional
    public HelplineCall correct(long id, long version, CallForm form) {
        HelplineCall call = find(id).orElseThrow(() -> new InputRejected("receivedAt", "helpline.call.notFound"));
        call.requireVersion(version);
        CallRecord record = CallRules.check(form, clock);
        TallyChange change = new TallyChange();
        change.remove(TalliedCall.of(call));
        call.describe(record, county(record), provider(record), topics(record));
        call.referTo(directory.referred(form.referredIds(), call.getReferred()));
        change.add(TalliedCall.of(record));
        tally(change);
        return call;
    }

    private void tally(TallyChange change) {
        try {
            HelplineTallies.apply(change, TallySql.on(em));
        } catch (SQLException e) {
            throw new PersistenceException("The helpline tallies could not be updated", e);
        }
    }

    public Optional<HelplineCall> find(long id) {
        return Optional.ofNullable(em.find(HelplineCall.class, id));
    }

    /** The topics a call can be given, in the topic list's order; read once for many requests. */
    public List<TopicName> activeTopics() {
        return topicNames.active();
    }

    public List<HelplineCall> search(CallFilter filter, int first, int pageSize, CallSort sort, boolean ascending) {
        return chosen(filter).page(em, "select c from HelplineCall c",
                sort.ordering("c", ascending) + ", c.id desc", HelplineCall.class,
                first, pageSize);
    }

    /**
     * One page of the call list: its columns in one statement and the page's topics in one more, named from
     * {@link TopicNames}; no call, county or topic entity is built.
     */
    public List<CallLine> lines(CallFilter filter, int first, int pageSize, CallSort sort, boolean ascending) {
        List<CallLine> page = chosen(filter).page(em, "select new org.iecmhc.lms.helpline.CallLine(c.id, c.receivedAt,"
                        + " c.outsideHours, c.durationMinutes, c.callerRole, c.county.name, c.language,"
                        + " c.consultationRecommended) from HelplineCall c",
                sort.ordering("c", ascending) + ", c.id desc", CallLine.class, first, pageSize);
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, TopicName> named = topicNames.byId();
        Map<Long, List<TopicName>> topics = new HashMap<>();
        em.createQuery("select c.id, t.id from HelplineCall c join c.topics t where c.id in :calls", Object[].class)
                .setParameter("calls", page.stream().map(CallLine::id).toList()).getResultList()
                .forEach(row -> topics.computeIfAbsent((Long) row[0], call -> new ArrayList<>()).add(named.get((Long) row[1])));
        Comparator<TopicName> listOrder = Comparator.comparingInt(TopicName::position).thenComparingLong(TopicName::id);
        return page.stream().map(line -> line.withTopics(topics.getOrDefault(line.id(), List.of()).stream()
                .sorted(listOrder).toList())).toList();
    }

    /** How many calls match, counted up to one above {@link Conditions#COUNT_LIMIT}: the table grows by the million. */
    public long count(CallFilter filter) {
        return chosen(filter).countUpTo(em, "select c.id from HelplineCall c");
    }

    private County county(CallRecord record) {
        return counties.chosen(record.countyFips());
    }

    private Provider provider(CallRecord record) {
        if (record.providerId() == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Provider.class, record.providerId()))
                .orElseThrow(() -> new InputRejected("provider", "provider.notFound"));
    }

    private Set<HelplineTopic> topics(CallRecord record) {
        Set<HelplineTopic> topics = new HashSet<>();
        for (Long id : record.topicIds()) {
            topics.add(Optional.ofNullable(em.find(HelplineTopic.class, id))
                    .orElseThrow(() -> new InputRejected("topics", "helpline.topic.unknown")));
        }
        return topics;
    }

    private static Conditions chosen(CallFilter filter) {
        return Conditions.chosen()
                .and("c.receivedAt >= :from", "from",
                        filter.from() == null ? null : PacificTime.startOfDayUtc(filter.from()))
                .and("c.receivedAt < :to", "to",
                        filter.to() == null ? null : PacificTime.startOfDayUtc(filter.to().plusDays(1)))
                .and("c.county.fips = :county", "county", filter.countyFips())
                .and("c.language = :language", "language", filter.language())
                .and("exists (select t from HelplineCall c2 join c2.topics t where c2 = c and t.id = :topic)", "topic",
                        filter.topicId())
                .and("c.consultationRecommended = :recommended", "recommended", filter.consultationRecommended())
                .and("c.callerRole = :callerRole", "callerRole", filter.callerRole());
    }
}
