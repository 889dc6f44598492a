package org.iecmhc.lms.testsupport;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the application queued in its outbox for one recipient, as a persistence test reads it back. */
public final class OutboxMail {

    private OutboxMail() {
    }

    /** The first group of the pattern in the newest mail to the recipient that has it. */
    public static String linkIn(TestDatabase db, String email, Pattern link) {
        List<?> texts = db.inTransaction(em -> em.createNativeQuery("select text_body from outbox_mail where recipient = ?1"
                + " order by id desc").setParameter(1, email).getResultList());
        for (Object text : texts) {
            Matcher found = link.matcher(String.valueOf(text));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no link " + link + " in the mails to " + email);
    }

    public static String lastSubject(TestDatabase db, String email) {
        return db.inTransaction(em -> (String) em.createNativeQuery("select subject from outbox_mail where recipient = ?1"
                + " order by id desc").setParameter(1, email).setMaxResults(1).getSingleResult());
    }
}
