package org.iecmhc.lms.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.schedule.Instance;
import org.iecmhc.lms.platform.schedule.Leases;
import org.iecmhc.lms.testsupport.TestDatabase;

/**
 * The sender's collaborators as the container gives them, outside it: each call of the real outbox and lease code
 * in a transaction of its own, committed on return, on the test's database. Public for the features whose tests
 * deliver the mails they queue (notifications).
 */
public final class CommittedSteps {

    private CommittedSteps() {
    }

    /** A sender as one instance of a cluster runs it: its own name, the shared database, the given relay. */
    public static OutboxSender sender(TestDatabase db, Clock clock, RelaySettings relay) {
        return new OutboxSender(deliveries(db, clock), new MailRelay(relay), leases(db, clock), new Instance(), relay);
    }

    static OutboxDeliveries deliveries(TestDatabase db, Clock clock) {
        return new OutboxDeliveries() {
            @Override
            public List<OutboxMail> claimDue(int limit) {
                return db.inTransaction(em -> new OutboxDeliveries(em, clock).claimDue(limit));
            }

            @Override
            public void markSent(Collection<Long> ids) {
                db.inTransaction(em -> {
                    new OutboxDeliveries(em, clock).markSent(ids);
                    return null;
                });
            }

            @Override
            public void release(Collection<Long> ids) {
                db.inTransaction(em -> {
                    new OutboxDeliveries(em, clock).release(ids);
                    return null;
                });
            }

            @Override
            public void markFailed(long id, String error, boolean refused) {
                db.inTransaction(em -> {
                    new OutboxDeliveries(em, clock).markFailed(id, error, refused);
                    return null;
                });
            }
        };
    }

    public static Leases leases(TestDatabase db, Clock clock) {
        return new Leases() {
            @Override
            public boolean take(String job, String holder, Duration duration) {
                return db.inTransaction(em -> new Leases(em, clock).take(job, holder, duration));
            }

            @Override
            public boolean takeUntil(String job, String holder, LocalDateTime until) {
                return db.inTransaction(em -> new Leases(em, clock).takeUntil(job, holder, until));
            }

            @Override
            public void release(String job, String holder) {
                db.inTransaction(em -> {
                    new Leases(em, clock).release(job, holder);
                    return null;
                });
            }
        };
    }

    public static RelaySettings relayAt(int port, int maxPerMinute) {
        return RelaySettings.of(Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(), "none",
                "lms@network.example.org", maxPerMinute);
    }

    static long queue(TestDatabase db, Clock clock, String to) {
        Composer composer = new Composer(new PublicLinks(Optional.of("https://lms.example.org")));
        return db.inTransaction(em -> new Outbox(em, composer, clock).queue(new Letter(to, Language.EN,
                "outbox.test.subject", "outbox.test.body", List.of("Ana Ruiz"), "https://lms.example.org/", "outbox.test.reason"))).getId();
    }
}
