package org.iecmhc.lms.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.offering.Offering;
import org.iecmhc.lms.offering.RecordOfferings;

/**
 * Community of Support series and providers' Communities of Practice with a capacity, offered on the public registration pages from their first session,
 * until that session starts.
 */
@ApplicationScoped
public class SupportOfferings extends RecordOfferings<SupportSeries> {

    static final String KIND = "support";

    public SupportOfferings() {
        super(KIND, CommunitiesOfSupport.OWN);
    }

    @Override
    public List<Offering> upcoming(LocalDateTime nowUtc) {
        List<SupportSeries> open = em.createQuery("select s from SupportSeries s where s.terms.capacity is not null",
                SupportSeries.class).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        // By id: outside a transaction each query may read into a persistence context of its own.
        Map<Long, List<SupportSession>> sessions = em.createQuery("select m from SupportSession m"
                        + " where m.series in :series order by m.slot.startsAt", SupportSession.class)
                .setParameter("series", open).getResultStream()
                .collect(Collectors.groupingBy(m -> m.getSeries().getId()));
        return open.stream().filter(s -> sessions.containsKey(s.getId())).map(s -> offering(s, sessions.get(s.getId())))
                .filter(o -> o.startsAtUtc().isAfter(nowUtc)).toList();
    }

    /** A series is offered from its first session, so one without sessions offers nothing yet. */
    @Override
    protected Optional<Offering> offering(SupportSeries series) {
        List<SupportSession> sessions = em.createQuery("select m from SupportSession m where m.series = :series"
                + " order by m.slot.startsAt", SupportSession.class).setParameter("series", series).getResultList();
        return sessions.isEmpty() ? Optional.empty() : Optional.of(offering(series, sessions));
    }

    private Offering offering(SupportSeries series, List<SupportSession> sessions) {
        return offered(series.getKind().messageKey(), series, sessions.get(0).getSlot(), sessions.size());
    }
}
