package org.iecmhc.lms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Ports;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender against a real SMTP server (GreenMail) and the real database: mails arrive once, late rather than never. */
class OutboxSendingPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
    private final int port = Ports.take();
    private final GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void whileTheRelayIsDownTheMailWaitsWithItsErrorAndArrivesOnceWhenItIsBack() throws Exception {
        long id = CommittedSteps.queue(db, clock, "ana.ruiz@example.org");
        OutboxSender sender = CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0));

        assertEquals(0, sender.sendDue(), "nothing answers on the relay's port");
        OutboxMail waiting = mail(id);
        assertEquals(MailState.QUEUED, waiting.getState());
        assertEquals(1, waiting.getAttempts());
        assertNotNull(waiting.getLastError());
        assertTrue(waiting.getLastError().contains("MailConnectException"), waiting.getLastError());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), waiting.getNextAttemptAt().toInstant(java.time.ZoneOffset.UTC));

        relay.start();
        assertEquals(0, sender.sendDue(), "not before its back-off time");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, sender.sendDue());
        clock.advance(Duration.ofHours(3));
        assertEquals(0, sender.sendDue(), "a sent mail is not sent again");

        MimeMessage[] received = relay.getReceivedMessages();
        assertEquals(1, received.length, "arrived once");
        assertEquals("ana.ruiz@example.org", received[0].getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("lms@network.example.org", received[0].getFrom()[0].toString());
        assertEquals("Test message from the IECMHC Network", received[0].getSubject());
        String body = GreenMailUtil.getBody(received[0]);
        assertTrue(body.contains("text/plain") && body.contains("text/html"), "plain text and HTML");
        OutboxMail sent = mail(id);
        assertEquals(MailState.SENT, sent.getState());
        assertEquals(2, sent.getAttempts());
        assertNull(sent.getLastError());
        assertNotNull(sent.getSentAt());
    }

    @Test
    void aMailTheRelayNeverTakesIsFailedAfterTheLastAttemptAndStaysInTheOutbox() {
        long id = CommittedSteps.queue(db, clock, "ana.ruiz@example.org");
        OutboxSender sender = CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0));

        everyAttemptFails(sender);

        OutboxMail failed = mail(id);
        assertEquals(MailState.FAILED, failed.getState());
        assertEquals(OutboxDeliveries.MAX_ATTEMPTS, failed.getAttempts());
        assertTrue(failed.getLastError().contains("MailConnectException"), failed.getLastError());
    }

    @Test
    void aFailedMailSentAgainByAnAdministratorGoesOutAtTheNextRound() throws Exception {
        long id = CommittedSteps.queue(db, clock, "ana.ruiz@example.org");
        OutboxSender sender = CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0));
        everyAttemptFails(sender);
        OutboxMail failed = mail(id);
        assertEquals(MailState.FAILED, failed.getState());

        assertThrows(RecordChangedMeanwhile.class, () -> db.inTransaction(em -> {
            new OutboxMails(em, clock).resend(id, failed.getVersion() - 1);
            return null;
        }), "a re-send built on an older view of the mail");
        db.inTransaction(em -> {
            new OutboxMails(em, clock).resend(id, failed.getVersion());
            return null;
        });
        OutboxMail queued = mail(id);
        assertEquals(MailState.QUEUED, queued.getState());
        assertEquals(0, queued.getAttempts());
        assertThrows(RecordChangedMeanwhile.class, () -> db.inTransaction(em -> {
            new OutboxMails(em, clock).resend(id, queued.getVersion());
            return null;
        }), "only a failed mail is sent again");

        relay.start();
        assertEquals(1, sender.sendDue());
        relay.waitForIncomingEmail(5_000, 1);
        assertEquals(1, relay.getReceivedMessages().length);
        assertEquals(MailState.SENT, mail(id).getState());
        assertEquals(List.of(id), db.inTransaction(em -> new OutboxMails(em, clock).search(MailState.SENT, 0, 10))
                .stream().map(OutboxMail::getId).toList(), "the page's filter by state");
        assertEquals(0L, (long) db.inTransaction(em -> new OutboxMails(em, clock).count(MailState.FAILED)));
    }

    @Test
    void twoSchedulersOnOneDatabaseDeliverEachMailOnce() throws Exception {
        relay.start();
        int mails = 60;
        for (int i = 0; i < mails; i++) {
            CommittedSteps.queue(db, clock, "person" + i + "@example.org");
        }
        List<OutboxSender> instances = List.of(CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0)),
                CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0)));

        ExecutorService cluster = Executors.newFixedThreadPool(2);
        List<Integer> sentByEach = new ArrayList<>();
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Integer>> rounds = new ArrayList<>();
                for (OutboxSender instance : instances) {
                    rounds.add(cluster.submit((Callable<Integer>) instance::sendDue));
                }
                for (Future<Integer> sent : rounds) {
                    sentByEach.add(sent.get());
                }
            }
        } finally {
            cluster.shutdownNow();
        }

        relay.waitForIncomingEmail(5_000, mails);
        Map<String, Long> perRecipient = java.util.Arrays.stream(relay.getReceivedMessages())
                .map(OutboxSendingPersistenceTest::recipient)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(mails, relay.getReceivedMessages().length, "one mail each, not one per instance");
        assertEquals(mails, perRecipient.size());
        assertTrue(perRecipient.values().stream().allMatch(count -> count == 1), perRecipient.toString());
        assertEquals(mails, sentByEach.stream().mapToInt(Integer::intValue).sum());
        assertEquals(0L, (long) db.inTransaction(em -> em.createQuery(
                "select count(m) from OutboxMail m where m.state <> :sent", Long.class)
                .setParameter("sent", MailState.SENT).getSingleResult()), "nothing left behind");
    }

    @Test
    void theRelaysLimitSpacesTheMails() {
        relay.start();
        for (int i = 0; i < 6; i++) {
            CommittedSteps.queue(db, clock, "person" + i + "@example.org");
        }
        OutboxSender sender = CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 600));

        long start = System.nanoTime();
        assertEquals(6, sender.sendDue());
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertTrue(millis >= 500, "six mails at 600 a minute take at least five intervals of 100 ms, not " + millis + " ms");
    }

    @Test
    void withNoRelayConfiguredTheMailsStayQueuedUntouched() {
        long id = CommittedSteps.queue(db, clock, "ana.ruiz@example.org");
        RelaySettings embedded = RelaySettings.of(java.util.Optional.empty(), 587, java.util.Optional.empty(),
                java.util.Optional.empty(), "starttls", "no-reply@lms.local", 120);

        assertEquals(0, CommittedSteps.sender(db, clock, embedded).sendDue());

        OutboxMail waiting = mail(id);
        assertEquals(MailState.QUEUED, waiting.getState());
        assertEquals(0, waiting.getAttempts());
        assertNull(waiting.getLastError());
    }

    /** Each of the mail's attempts, two hours apart (past the longest back-off), with the relay down. */
    private void everyAttemptFails(OutboxSender sender) {
        for (int attempt = 1; attempt <= OutboxDeliveries.MAX_ATTEMPTS; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(2));
        }
    }

    private OutboxMail mail(long id) {
        return db.inTransaction(em -> em.find(OutboxMail.class, id));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
