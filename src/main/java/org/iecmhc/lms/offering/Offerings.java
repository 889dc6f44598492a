package org.iecmhc.lms.offering;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.time.PacificTime;

/** What is open for registration across every feature that offers something, and the seats each has left. */
@ApplicationScoped
public class Offerings {

    private static final Pattern KEY = Pattern.compile("([a-z]{1,16})-(\\d{1,18})");

    @Inject
    @Any
    Instance<OfferingSource> sources;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Everything open that has not started, soonest first, with its seats left (one query for all of them). */
    public List<OpenOffering> open() {
        List<Offering> upcoming = new ArrayList<>();
        sources.forEach(source -> upcoming.addAll(source.upcoming(PacificTime.nowUtc(clock))));
        upcoming.sort(Comparator.comparing(Offering::startsAtUtc).thenComparing(Offering::key));
        Map<String, Long> taken = new HashMap<>();
        em.createQuery("select r.offeringKind, r.offeringId, count(r) from Registration r where r.state = :seat"
                        + " group by r.offeringKind, r.offeringId", Object[].class)
                .setParameter("seat", RegistrationState.CONFIRMED).getResultList()
                .forEach(row -> taken.put(row[0] + "-" + row[1], (Long) row[2]));
        return upcoming.stream().map(o -> new OpenOffering(o, seatsLeft(o, taken.getOrDefault(o.key(), 0L)))).toList();
    }

    /** The offering at a public address when it is open and has not started; empty for anything else. */
    public Optional<OpenOffering> openAt(String key) {
        return find(key).filter(this::isOpen).map(o -> new OpenOffering(o, seatsLeft(o, seatsTaken(o))));
    }

    /** A held offering at a public address whose recording can be watched, with the recording's address. */
    public Optional<RecordedOffering> recordedAt(String key) {
        return find(key).filter(o -> !o.startsAtUtc().isAfter(PacificTime.nowUtc(clock)))
                .flatMap(o -> source(o.kind()).flatMap(s -> s.recordingLink(o.id()))
                        .map(link -> new RecordedOffering(o, link)));
    }

    /** The offering a public address names, open or not. */
    public Optional<Offering> find(String key) {
        Matcher parts = key == null ? null : KEY.matcher(key);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        return source(parts.group(1)).flatMap(source -> source.find(Long.parseLong(parts.group(2))));
    }

    Optional<OfferingSource> source(String kind) {
        return sources.stream().filter(source -> source.kind().equals(kind)).findFirst();
    }

    boolean isOpen(Offering offering) {
        return offering.terms().isOpen() && offering.startsAtUtc().isAfter(PacificTime.nowUtc(clock));
    }

    long seatsTaken(Offering offering) {
        return em.createQuery("select count(r) from Registration r where r.offeringKind = :kind and r.offeringId = :id"
                        + " and r.state = :seat", Long.class)
                .setParameter("kind", offering.kind()).setParameter("id", offering.id())
                .setParameter("seat", RegistrationState.CONFIRMED).getSingleResult();
    }

    private static int seatsLeft(Offering offering, long taken) {
        return (int) Math.max(0, offering.terms().getCapacity() - taken);
    }
}
