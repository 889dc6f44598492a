package org.iecmhc.lms.helpline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * The helpline's calls of a period of California days counted by topic, caller role, county, language and hour of
 * day: one grouped query per table (a few for the hours), whatever the number of calls.
 */
@ApplicationScoped
public class CallStatistics {

    /** Longer periods are the impact report's, by fiscal year; this keeps the hour queries few. */
    static final int LONGEST_YEARS = 10;

    @Inject
    EntityManager em;

    /** The counts from the first day through the last, both included; refused when missing, reversed or too long. */
    public Counts of(LocalDate first, LocalDate last) {
        if (first == null) {
            throw new InputRejected("from", "hlstats.period.missing");
        }
        if (last == null) {
            throw new InputRejected("to", "hlstats.period.missing");
        }
        if (first.isAfter(last)) {
            throw new InputRejected("to", "hlstats.period.order");
        }
        if (last.isAfter(first.plusYears(LONGEST_YEARS))) {
            throw new InputRejected("to", "hlstats.period.tooLong");
        }
        LocalDateTime from = PacificTime.startOfDayUtc(first);
        LocalDateTime to = PacificTime.startOfDayUtc(last.plusDays(1));
        return new Counts(byTopic(from, to), byRole(from, to), byCounty(from, to), byLanguage(from, to),
                byHour(from, to));
    }

    /** A call about two topics counts under both; the topics without calls are left out. */
    private List<TopicCalls> byTopic(LocalDateTime from, LocalDateTime to) {
        return em.createQuery("select new org.iecmhc.lms.helpline.CallStatistics$TopicCalls(t.nameEn, t.nameEs,"
                        + " count(c)) from HelplineCall c join c.topics t"
                        + " where c.receivedAt >= :from and c.receivedAt < :to"
                        + " group by t.id, t.nameEn, t.nameEs, t.position order by t.position, t.id", TopicCalls.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private Map<CallerRole, Long> byRole(LocalDateTime from, LocalDateTime to) {
        Map<CallerRole, Long> counts = new EnumMap<>(CallerRole.class);
        for (CallerRole role : CallerRole.values()) {
            counts.put(role, 0L);
        }
        for (Object[] row : em.createQuery("select c.callerRole, count(c) from HelplineCall c"
                        + " where c.receivedAt >= :from and c.receivedAt < :to group by c.callerRole", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.put((CallerRole) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The counties with calls, by name. */
    private List<CountyCalls> byCounty(LocalDateTime from, LocalDateTime to) {
        return em.createQuery("select new org.iecmhc.lms.helpline.CallStatistics$CountyCalls(k.name, count(c))"
                        + " from HelplineCall c join c.county k where c.receivedAt >= :from and c.receivedAt < :to"
                        + " group by k.fips, k.name order by k.name", CountyCalls.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private Map<ServiceLanguage, Long> byLanguage(LocalDateTime from, LocalDateTime to) {
        Map<ServiceLanguage, Long> counts = new EnumMap<>(ServiceLanguage.class);
        for (ServiceLanguage language : ServiceLanguage.values()) {
            counts.put(language, 0L);
        }
        for (Object[] row : em.createQuery("select c.language, count(c) from HelplineCall c"
                        + " where c.receivedAt >= :from and c.receivedAt < :to group by c.language", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.put((ServiceLanguage) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Calls per hour of the California wall clock, 0 to 23. Times are stored in UTC and the database may know no
     * time zones, so the period is cut where daylight saving starts or ends and each piece, one offset throughout,
     * is grouped by its UTC hour and shifted.
     */
    private long[] byHour(LocalDateTime from, LocalDateTime to) {
        long[] hours = new long[24];
        for (Piece piece : pieces(from, to)) {
            for (Object result : em.createNativeQuery("select hour(received_at), count(*) from helpline_call"
                            + " where received_at >= ? and received_at < ? group by hour(received_at)")
                    .setParameter(1, piece.from()).setParameter(2, piece.to()).getResultList()) {
                Object[] row = (Object[]) result;
                int utcHour = ((Number) row[0]).intValue();
                hours[Math.floorMod(utcHour + piece.offsetHours(), 24)] += ((Number) row[1]).longValue();
            }
        }
        return hours;
    }

    static List<Piece> pieces(LocalDateTime from, LocalDateTime to) {
        List<Piece> pieces = new ArrayList<>();
        LocalDateTime start = from;
        while (start.isBefore(to)) {
            Instant instant = start.toInstant(ZoneOffset.UTC);
            ZoneOffsetTransition next = PacificTime.ZONE.getRules().nextTransition(instant);
            LocalDateTime change = next == null ? to : LocalDateTime.ofInstant(next.getInstant(), ZoneOffset.UTC);
            LocalDateTime end = change.isBefore(to) ? change : to;
            pieces.add(new Piece(start, end, PacificTime.ZONE.getRules().getOffset(instant).getTotalSeconds() / 3600));
            start = end;
        }
        return pieces;
    }

    /** A stretch of UTC time during which California keeps one offset from UTC. */
    record Piece(LocalDateTime from, LocalDateTime to, int offsetHours) {
    }

    /** Every table of a period; roles and languages list each value, zero or not. */
    public record Counts(List<TopicCalls> byTopic, Map<CallerRole, Long> byRole, List<CountyCalls> byCounty,
                         Map<ServiceLanguage, Long> byLanguage, long[] byHour) {
    }

    public record TopicCalls(String nameEn, String nameEs, long calls) {
    }

    public record CountyCalls(String name, long calls) {
    }
}
