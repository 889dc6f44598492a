package org.iecmhc.lms.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.mail.Letter;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.PublicLinks;

/**
 * The daily digest: one mail per person listing what they chose to hear of once a day and have not had in a digest
 * yet, newest last, in their language, with an unsubscribe link per kind. A notification leaves the digest queue in
 * the transaction that queues its mail, so a digest that runs twice sends nothing the second time.
 */
@ApplicationScoped
public class NotificationDigest {

    /** A digest lists this many and points to the page for the rest, so one busy person's mail stays readable. */
    static final int LISTED = 50;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Notifications notifications;

    /** Queues every person's digest; answers how many mails. */
    @Transactional
    public int send() {
        List<Notification> due = em.createQuery("select n from Notification n where n.digestDue = true"
                + " order by n.accountId, n.createdAt, n.id", Notification.class).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Notification>> byPerson = new LinkedHashMap<>();
        due.forEach(notification -> byPerson.computeIfAbsent(notification.getAccountId(), id -> new ArrayList<>())
                .add(notification));
        Map<Long, Reader> readers = readers(byPerson.keySet());
        int mails = 0;
        for (Map.Entry<Long, List<Notification>> person : byPerson.entrySet()) {
            Reader reader = readers.get(person.getKey());
            if (reader != null) {
                outbox.queue(letter(person.getKey(), reader, person.getValue()));
                mails++;
            }
        }
        long last = due.stream().mapToLong(Notification::getId).max().orElseThrow();
        em.createQuery("update Notification n set n.digestDue = false where n.digestDue = true and n.id <= :last")
                .setParameter("last", last).executeUpdate();
        return mails;
    }

    private Letter letter(long accountId, Reader reader, List<Notification> items) {
        Locale locale = reader.language().locale();
        StringBuilder lines = new StringBuilder();
        items.stream().limit(LISTED).forEach(item -> lines.append("- ").append(item.text(locale)).append('\n'));
        if (items.size() > LISTED) {
            lines.append(Messages.text(locale, "notification.digest.more", items.size() - LISTED));
        }
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        items.forEach(item -> kinds.add(item.getKind()));
        StringBuilder unsubscribe = new StringBuilder();
        for (NotificationKind kind : kinds) {
            unsubscribe.append(Messages.text(locale, "notification.digest.unsubscribe", Messages.text(locale, kind.labelKey()),
                    notifications.unsubscribeLink(accountId, kind))).append('\n');
        }
        return new Letter(reader.email(), reader.language(), "notification.digest.subject", "notification.digest.body",
                List.of(String.valueOf(items.size()), lines.toString().strip(), unsubscribe.toString().strip()),
                links.to(Notifications.PAGE), "notification.digest.reason");
    }

    /** The address and language of each person, read once for all; a deactivated account gets no mail. */
    private Map<Long, Reader> readers(Set<Long> accountIds) {
        Map<Long, Reader> readers = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("select id, email, preferred_language from account where active = true"
                + " and id in (select account_id from notification where digest_due = true)").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long id = ((Number) columns[0]).longValue();
            if (accountIds.contains(id)) {
                readers.put(id, new Reader(String.valueOf(columns[1]), Language.fromCode(String.valueOf(columns[2]))));
            }
        }
        return readers;
    }

    private record Reader(String email, Language language) {
    }
}
