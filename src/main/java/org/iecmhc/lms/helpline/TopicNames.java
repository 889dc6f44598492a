package org.iecmhc.lms.helpline;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.cache.RecentResults;

/**
 * The helpline's topics, read once for many requests: the call list, the follow-ups and the call form offer the
 * active ones and the call list names each call's topics, while administrators change them a few times a year. A
 * change made on this instance shows at the next request; one made on another instance of a cluster (or read by a
 * request while it was being committed) within {@link #FRESH}.
 */
@ApplicationScoped
public class TopicNames {

    /** How long a reading serves before the topics are read again, for changes made on another instance. */
    static final Duration FRESH = Duration.ofMinutes(1);

    /** The one reading kept: every topic, whoever asks. */
    private static final String TOPICS = "topics";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final RecentResults<String, Reading> reading = new RecentResults<>(1, FRESH);

    private record Reading(List<TopicName> active, Map<Long, TopicName> byId) {
    }

    /** The topics a call can be given, in the topic list's order. */
    public List<TopicName> active() {
        return current().active();
    }

    /** Every topic by its id, retired ones included: past calls keep them. */
    Map<Long, TopicName> byId() {
        return current().byId();
    }

    /** Read the topics again at the next request, as an administrator changed them. */
    void changed() {
        reading.forget(TOPICS);
    }

    private Reading current() {
        return reading.get(TOPICS, clock.instant(), () -> {
            List<TopicName> all = em.createQuery("select new org.iecmhc.lms.helpline.TopicName(t.id, t.nameEn, t.nameEs,"
                    + " t.position, t.active) from HelplineTopic t order by t.position, t.id", TopicName.class).getResultList();
            return new Reading(all.stream().filter(TopicName::active).toList(),
                    all.stream().collect(Collectors.toUnmodifiableMap(TopicName::id, Function.identity())));
        });
    }
}
