package org.iecmhc.lms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Ports;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * How long queued mails take to leave the outbox for a real SMTP server (GreenMail) with no relay limit: the
 * sender's own cost per mail (claim, send, mark sent). Prints the figures (docs/performance.md); bounded to twenty
 * rounds; no timing is asserted because the machines the tests run on differ too much. The suite sends 200, which
 * shows the cost per mail; the 2,000 of a large roster take minutes, so that figure is measured on request:
 * {@code mvn test -Dtest=OutboxSendingBenchmarkTest -Dlms.benchmark.mails=2000}.
 */
class OutboxSendingBenchmarkTest {

    private static final int MAILS = Integer.getInteger("lms.benchmark.mails", 200);
    private static final int MOST_ROUNDS = 20;

    @Test
    void twoThousandQueuedMailsLeaveTheOutbox() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
        int port = Ports.take();
        GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (TestDatabase db = TestDatabase.migrated()) {
            relay.start();
            Composer composer = new Composer(new PublicLinks(Optional.of("https://lms.example.org")));
            long queueStart = System.nanoTime();
            db.inTransaction(em -> {
                Outbox outbox = new Outbox(em, composer, clock);
                for (int i = 0; i < MAILS; i++) {
                    outbox.queue(new Letter("person" + i + "@example.org", i % 2 == 0 ? Language.EN : Language.ES,
                            "outbox.test.subject", "outbox.test.body", List.of("Ana Ruiz"), "https://lms.example.org/", "outbox.test.reason"));
                }
                return null;
            });
            long queueMillis = (System.nanoTime() - queueStart) / 1_000_000;

            OutboxSender sender = CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0));
            long sendStart = System.nanoTime();
            int sent = 0;
            for (int round = 0; round < MOST_ROUNDS && sent < MAILS; round++) {
                sent += sender.sendDue();
            }
            long sendMillis = (System.nanoTime() - sendStart) / 1_000_000;

            assertEquals(MAILS, sent);
            assertEquals(MAILS, relay.getReceivedMessages().length);
            System.out.printf("BENCHMARK outbox: %d mails queued in one transaction in %d ms; sent to GreenMail in %d ms"
                    + " (%.0f mails/s, no relay limit)%n", MAILS, queueMillis, sendMillis, MAILS * 1000.0 / sendMillis);
        } finally {
            relay.stop();
        }
    }
}
