package org.iecmhc.lms.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.iecmhc.lms.offering.Offering;
import org.iecmhc.lms.offering.OfferingSource;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * Community of Support series and providers' Communities of Practice with a capacity, offered on the public registration pages from their first session,
 * until that session starts.
 */
@ApplicationScoped
public class SupportOfferings implements OfferingSource {

    static final String KIND = "support";

    @Inject
    EntityManager em;

    @Inject
    CommunitiesOfSupport support;

    @Override
    public String kind() {
        return KIND;
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

    @Override
    public Optional<Offering> find(long id) {
        return Optional.ofNullable(em.find(SupportSeries.class, id)).flatMap(this::withSessions);
    }

    @Override
    public Optional<Offering> lockForSeats(long id) {
        return Optional.ofNullable(em.find(SupportSeries.class, id, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(this::withSessions);
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        support.visible(viewer, id);
    }

    private Optional<Offering> withSessions(SupportSeries series) {
        List<SupportSession> sessions = em.createQuery("select m from SupportSession m where m.series = :series"
                + " order by m.slot.startsAt", SupportSession.class).setParameter("series", series).getResultList();
        return sessions.isEmpty() ? Optional.empty() : Optional.of(offering(series, sessions));
    }

    private static Offering offering(SupportSeries series, List<SupportSession> sessions) {
        SupportSession first = sessions.get(0);
        return new Offering(KIND, series.getKind().messageKey(), series.getId(), series.getTitle(), series.getLanguage(),
                first.getSlot().getStartsAt(), first.getSlot().getMinutes(), sessions.size(), series.getTerms());
    }
}
