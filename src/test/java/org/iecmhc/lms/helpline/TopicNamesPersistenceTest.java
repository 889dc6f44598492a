package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The topics that the call list, the follow-ups and the call form offer are read once for many requests, and an
 * administrator's change shows at the next one (issue 17).
 */
class TopicNamesPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    @Test
    void theTopicsAreReadOnceUntilAnAdministratorChangesThemOrAMinutePasses() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:00:00Z"));
        db.inTransaction(em -> {
            Services services = Services.on(em, clock);
            HelplineCalls calls = services.helplineCalls();
            HelplineTopics topics = services.helplineTopics();
            List<TopicName> offered = read(calls, 1);
            assertEquals(topics.all().stream().filter(HelplineTopic::isActive).map(HelplineTopic::getId).toList(),
                    offered.stream().map(TopicName::id).toList(), "the active topics in the list's order");
            assertEquals(offered, read(calls, 0), "the second request reads nothing");

            HelplineTopic added = topics.add("Screen time", "Tiempo de pantalla");
            em.flush();
            assertEquals("Tiempo de pantalla", last(read(calls, 1)).name(Locale.forLanguageTag("es")), "added");
            topics.rename(added.getId(), "Screens", "Pantallas");
            em.flush();
            assertEquals("Screens", last(read(calls, 1)).name(Locale.ENGLISH), "renamed");
            topics.setActive(added.getId(), false);
            em.flush();
            assertFalse(read(calls, 1).stream().anyMatch(topic -> topic.id() == added.getId()), "retired");

            clock.advance(TopicNames.FRESH.minusSeconds(1));
            read(calls, 0);
            clock.advance(Duration.ofSeconds(1));
            assertTrue(read(calls, 1).size() > 1, "read again after a minute, for a change on another instance");
            return null;
        });
    }

    private List<TopicName> read(HelplineCalls calls, long statements) {
        var counted = db.statements().count(calls::activeTopics);
        assertEquals(statements, counted.statements());
        return counted.result();
    }

    private static TopicName last(List<TopicName> topics) {
        return topics.get(topics.size() - 1);
    }
}
