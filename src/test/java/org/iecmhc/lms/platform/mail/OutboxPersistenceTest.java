package org.iecmhc.lms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queuing a mail writes it, rendered in the recipient's language, in the caller's transaction. */
class OutboxPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
    private final Composer composer = new Composer(new PublicLinks(Optional.of("https://lms.example.org/")));

    private static Letter testLetter(Language language, String sender) {
        return new Letter("ana.ruiz@example.org", language, "outbox.test.subject", "outbox.test.body", List.of(sender),
                "https://lms.example.org/index.xhtml", "outbox.test.reason");
    }

    @Test
    void aQueuedMailIsStoredRenderedInTheRecipientsLanguageAndWaitsForTheSender() {
        long id = db.inTransaction(em -> new Outbox(em, composer, clock).queue(testLetter(Language.ES, "Ben <b>Ng</b>"))).getId();

        OutboxMail mail = db.inTransaction(em -> em.find(OutboxMail.class, id));
        assertEquals("ana.ruiz@example.org", mail.getRecipient());
        assertEquals(Language.ES, mail.getLanguage());
        assertEquals(MailState.QUEUED, mail.getState());
        assertEquals(0, mail.getAttempts());
        assertEquals(LocalDateTime.parse("2026-03-02T12:00:00"), mail.getNextAttemptAt(), "due at once");
        assertEquals(LocalDateTime.parse("2026-03-02T12:00:00"), mail.getCreatedAt());
        assertNull(mail.getSentAt());
        assertNull(mail.getLastError());
        assertEquals("Mensaje de prueba de la Red IECMHC", mail.getSubject());
        assertTrue(mail.getTextBody().startsWith("Aprendizaje de la Red IECMHC\n\nEste es un mensaje de prueba, enviado por Ben <b>Ng</b>"),
                mail.getTextBody());
        assertTrue(mail.getTextBody().contains("\nhttps://lms.example.org/index.xhtml\n"), "the link");
        assertTrue(mail.getTextBody().contains("Recibe este correo porque"), "the reason");
        assertTrue(mail.getTextBody().contains("configuración de notificaciones: https://lms.example.org/notification/preferences.xhtml"),
                "where to change the settings, from the public address without its trailing slash");
        assertTrue(mail.getHtmlBody().contains("enviado por Ben &lt;b&gt;Ng&lt;/b&gt;"), "arguments are escaped in HTML");
        assertFalse(mail.getHtmlBody().contains("<b>Ng"));
        assertTrue(mail.getHtmlBody().contains("<a href=\"https://lms.example.org/index.xhtml\">"));
        assertTrue(mail.getHtmlBody().contains("<html lang=\"es\">"));
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNotWritten() {
        assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> {
            new Outbox(em, composer, clock).queue(testLetter(Language.EN, "Ben"));
            throw new IllegalStateException("the change that caused the mail failed");
        }));

        assertEquals(0L, (long) db.inTransaction(em -> em.createQuery("select count(m) from OutboxMail m", Long.class)
                .getSingleResult()));
    }

    @Test
    void aLineBreakInANameCannotReachTheSubjectAsASecondHeader() {
        Letter letter = new Letter("ana.ruiz@example.org", Language.EN, "outbox.test.body", "outbox.test.body",
                List.of("Ben\r\nBcc: victim@example.org"), null, "outbox.test.reason");

        long id = db.inTransaction(em -> new Outbox(em, composer, clock).queue(letter)).getId();

        String subject = db.inTransaction(em -> em.find(OutboxMail.class, id)).getSubject();
        assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
        assertTrue(subject.contains("Ben Bcc: victim@example.org"), subject);
    }
}
