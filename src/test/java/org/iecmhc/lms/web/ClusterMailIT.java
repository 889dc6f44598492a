package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.iecmhc.lms.testsupport.Ports;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the deployed application on one database, both configured with one SMTP relay (GreenMail) that
 * is down at first: the mails wait in the outbox with their error, and once the relay is up each arrives once.
 */
class ClusterMailIT {

    private static final int MAILS = 30;

    @Test
    void twoInstancesSendEachQueuedMailOnceAfterTheRelayComesUp() throws Exception {
        int smtpPort = Ports.take();
        GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Map<String, String> settings = Map.of("lms.smtp.host", "127.0.0.1", "lms.smtp.port", String.valueOf(smtpPort),
                "lms.smtp.security", "none", "lms.smtp.max-per-minute", "0", "lms.mail.from", "lms@network.example.org");
        try (TestDatabase db = TestDatabase.empty();
             RunningApplication.Instance first = RunningApplication.startInClusterOn(db.jdbcUrl(), db.user(), db.password(), settings)) {
            for (int i = 0; i < MAILS; i++) {
                Sql.execute(db.dataSource(), "insert into outbox_mail (version, recipient, language, subject, text_body,"
                        + " html_body, state, attempts, next_attempt_at, created_at) values (0, 'person" + i
                        + "@example.org', 'en', 'Cluster test', 'text', '<p>html</p>', 'QUEUED', 0, utc_timestamp(3),"
                        + " utc_timestamp(3))");
            }
            try (RunningApplication.Instance second = RunningApplication.startInClusterOn(db.jdbcUrl(), db.user(), db.password(), settings)) {
                awaitRows(db, "select id from outbox_mail where last_error like '%MailConnectException%'", 1,
                        Duration.ofSeconds(60));
                assertEquals(0, relay.getReceivedMessages().length);

                relay.start();
                awaitRows(db, "select id from outbox_mail where state = 'SENT'", MAILS, Duration.ofMinutes(3));
                Thread.sleep(Duration.ofSeconds(15).toMillis());

                MimeMessage[] received = relay.getReceivedMessages();
                Map<String, Long> perRecipient = Arrays.stream(received).map(ClusterMailIT::recipient)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertEquals(MAILS, received.length, "each mail once, not once per instance: " + perRecipient);
                assertEquals(MAILS, perRecipient.size());
                List<List<String>> lease = Sql.rows(db.dataSource(), "select holder from cluster_lease where name = 'outbox-sender'");
                assertEquals(1, lease.size());
                assertTrue(lease.get(0).get(0).contains("/"), "held by one named instance: " + lease);
            }
        } finally {
            relay.stop();
        }
    }

    private static void awaitRows(TestDatabase db, String query, int count, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        int rows = 0;
        while (System.nanoTime() < end) {
            rows = Sql.rows(db.dataSource(), query).size();
            if (rows >= count) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(rows + " rows instead of " + count + " after " + limit + ": " + query);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
