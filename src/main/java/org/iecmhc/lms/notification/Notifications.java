package org.iecmhc.lms.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.mail.Letter;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.PublicLinks;
import org.iecmhc.lms.platform.text.Codes;

/**
 * Telling people what concerns them, and what they read of it. The reader is named by the email they signed in
 * with: this feature cannot import identity (identity tells it of account changes), so it reads the account table's
 * id, email, language and active columns by SQL, which the foreign keys of V29 tie it to anyway.
 */
@ApplicationScoped
public class Notifications {

    public static final String PAGE = "/notification/notifications.xhtml";
    public static final String PREFERENCES_PAGE = "/notification/preferences.xhtml";
    static final String UNSUBSCRIBE_PAGE = "/notification/unsubscribe.xhtml";
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Clock clock;

    /**
     * Stores the notification and, if the person wants this kind at once, queues its mail (its subject the text's first
     * line), both in the caller's transaction: neither exists without the change that caused it.
     *
     * @param messageKey a bundle key of the {@code notification.} texts, a MessageFormat over the arguments
     * @param linkPath   the page it is about, such as {@code /course/assignment.xhtml?id=4}, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Recipient to, NotificationKind kind, String messageKey, List<String> arguments, String linkPath) {
        Delivery delivery = deliveryOf(to.accountId(), kind);
        em.persist(new Notification(to.accountId(), kind, messageKey, arguments, linkPath, now(),
                delivery == Delivery.DAILY_DIGEST));
        if (delivery == Delivery.AT_ONCE) {
            Locale locale = to.language().locale();
            String text = Messages.text(locale, messageKey, arguments.toArray());
            outbox.queue(new Letter(to.email(), to.language(), "notification.mail.subject", "notification.mail.body",
                    List.of(text, Messages.text(locale, kind.labelKey()), unsubscribeLink(to.accountId(), kind),
                            text.lines().findFirst().orElse("")),
                    links.to(linkPath == null ? PAGE : linkPath), "notification.mail.reason"));
        }
    }

    String unsubscribeLink(long accountId, NotificationKind kind) {
        return links.to(UNSUBSCRIBE_PAGE + "?token=" + tokens.tokenFor(accountId, kind));
    }

    /** How many of the person's notifications are unread: the bell's count when the stamp check did not bring it. */
    public long unread(String email) {
        List<?> found = em.createNativeQuery("select (" + UnreadNotifications.countOver("a.id")
                        + ") from account a where a.email = ?1")
                .setParameter(1, email).getResultList();
        return found.stream().findFirst().map(count -> ((Number) count).longValue()).orElse(0L);
    }

    /** A page of the person's notifications, newest first; the size is kept from 1 to {@link #MAX_PAGE_SIZE}. */
    public NotificationPage page(String email, int page, int size) {
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = Math.max(0, page);
        Optional<Long> account = accountOf(email);
        if (account.isEmpty()) {
            return new NotificationPage(List.of(), 0, boundedPage, boundedSize);
        }
        long total = em.createQuery("select count(n) from Notification n where n.accountId = :account", Long.class)
                .setParameter("account", account.get()).getSingleResult();
        List<Notification> rows = em.createQuery("select n from Notification n where n.accountId = :account"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("account", account.get())
                .setFirstResult((int) Math.min((long) boundedPage * boundedSize, Integer.MAX_VALUE))
                .setMaxResults(boundedSize).getResultList();
        return new NotificationPage(rows, total, boundedPage, boundedSize);
    }

    /** Marks the person's own notification read and answers it; empty when there is none of theirs by that id. */
    @Transactional
    public Optional<Notification> markRead(String email, long id) {
        Optional<Long> account = accountOf(email);
        Notification notification = em.find(Notification.class, id);
        if (account.isEmpty() || notification == null || notification.getAccountId() != account.get()) {
            return Optional.empty();
        }
        notification.markRead(now());
        return Optional.of(notification);
    }

    /** Marks every unread notification of the person read; answers how many. */
    @Transactional
    public int markAllRead(String email) {
        return accountOf(email).map(account -> em.createQuery("update Notification n set n.readAt = :now"
                        + " where n.accountId = :account and n.readAt is null")
                .setParameter("now", now()).setParameter("account", account).executeUpdate()).orElse(0);
    }

    /** The person's delivery for every kind, the default where they chose none. */
    public Map<NotificationKind, Delivery> preferences(String email) {
        Map<NotificationKind, Delivery> preferences = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            preferences.put(kind, kind.byDefault());
        }
        accountOf(email).ifPresent(account -> chosen(account).forEach(preferences::put));
        return preferences;
    }

    /** Records the person's choices; a kind left out keeps what it had. */
    @Transactional
    public void choose(String email, Map<NotificationKind, Delivery> choices) {
        long account = accountOf(email).orElseThrow(() -> new IllegalStateException("No account " + email));
        choices.forEach((kind, delivery) -> choose(account, kind, delivery));
    }

    /** Sets the kind a genuine unsubscribe token names to in-app only; empty (and nothing changed) for any other. */
    @Transactional
    public Optional<NotificationKind> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Holder> holder = tokens.check(token);
        holder.ifPresent(genuine -> choose(genuine.accountId(), genuine.kind(), Delivery.IN_APP_ONLY));
        return holder.map(UnsubscribeTokens.Holder::kind);
    }

    /** The kind a genuine unsubscribe token names, changing nothing. */
    public Optional<NotificationKind> kindOf(String token) {
        return tokens.check(token).map(UnsubscribeTokens.Holder::kind);
    }

    /** The person's language, for answers outside a page (the API). */
    public Optional<Language> languageOf(String email) {
        List<?> found = em.createNativeQuery("select preferred_language from account where email = ?1")
                .setParameter(1, email).getResultList();
        return found.stream().findFirst().map(code -> Language.fromCode(String.valueOf(code)));
    }

    private void choose(long account, NotificationKind kind, Delivery delivery) {
        em.createNativeQuery("insert into notification_preference (account_id, kind, delivery) values (?1, ?2, ?3)"
                        + " on duplicate key update delivery = ?4")
                .setParameter(1, account).setParameter(2, kind.name()).setParameter(3, delivery.name())
                .setParameter(4, delivery.name()).executeUpdate();
    }

    private Delivery deliveryOf(long account, NotificationKind kind) {
        List<?> found = em.createNativeQuery("select delivery from notification_preference where account_id = ?1"
                        + " and kind = ?2")
                .setParameter(1, account).setParameter(2, kind.name()).getResultList();
        return found.stream().findFirst().flatMap(code -> Codes.find(Delivery.values(), Delivery::name, String.valueOf(code)))
                .orElse(kind.byDefault());
    }

    private Map<NotificationKind, Delivery> chosen(long account) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        List<?> rows = em.createNativeQuery("select kind, delivery from notification_preference where account_id = ?1")
                .setParameter(1, account).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Optional<NotificationKind> kind = Codes.find(NotificationKind.values(), NotificationKind::name, String.valueOf(columns[0]));
            Optional<Delivery> delivery = Codes.find(Delivery.values(), Delivery::name, String.valueOf(columns[1]));
            if (kind.isPresent() && delivery.isPresent()) {
                chosen.put(kind.get(), delivery.get());
            }
        }
        return chosen;
    }

    Optional<Long> accountOf(String email) {
        List<?> found = em.createNativeQuery("select id from account where email = ?1").setParameter(1, email)
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
