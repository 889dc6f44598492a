package org.iecmhc.lms.notification;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * A person's notifications, their delivery choices and their unsubscribe secret. Notifications name other people
 * and records (who handed in what), and nothing is counted from them, so an anonymised person's are deleted with
 * their choices and secret.
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public JsonValue export(DataSubject person) {
        List<Notification> mine = em.createQuery("select n from Notification n where n.accountId = :account"
                + " order by n.id", Notification.class).setParameter("account", person.accountId()).getResultList();
        Map<NotificationKind, Delivery> choices = notifications.preferences(person.email());
        return record()
                .with("notifications", list(mine, n -> record().with("kind", n.getKind().name())
                        .with("text", n.text(Locale.ENGLISH)).with("link", n.getLinkPath())
                        .with("createdAtUtc", n.getCreatedAt()).with("readAtUtc", n.getReadAt()).build()))
                .with("preferences", list(List.copyOf(choices.entrySet()), choice -> record()
                        .with("kind", choice.getKey().name()).with("delivery", choice.getValue().name()).build()))
                .build();
    }

    @Override
    public void anonymise(DataSubject person) {
        em.createQuery("delete from Notification n where n.accountId = :account")
                .setParameter("account", person.accountId()).executeUpdate();
        for (String table : List.of("notification_preference", "notification_secret")) {
            em.createNativeQuery("delete from " + table + " where account_id = ?1").setParameter(1, person.accountId())
                    .executeUpdate();
        }
    }
}
