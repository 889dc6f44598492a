package org.iecmhc.lms.notification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The signed-in person's choice, per kind, of how to hear of their notifications. */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    @Inject
    Notifications notifications;

    @Inject
    CurrentViewer viewer;

    private List<Choice> choices;

    @PostConstruct
    void load() {
        choices = new ArrayList<>();
        notifications.preferences(viewer.get().email()).forEach((kind, delivery) -> choices.add(new Choice(kind, delivery)));
    }

    public void save() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        choices.forEach(choice -> chosen.put(choice.getKind(), choice.getDelivery()));
        notifications.choose(viewer.get().email(), chosen);
        Messages.info("notification.preferences.saved");
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    /** One kind's line of the form. */
    public static class Choice implements Serializable {

        private final NotificationKind kind;
        private Delivery delivery;

        Choice(NotificationKind kind, Delivery delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public NotificationKind getKind() {
            return kind;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        /** A missing choice (a forged post) keeps the kind's delivery: the select offers no empty item. */
        public void setDelivery(Delivery delivery) {
            if (delivery != null) {
                this.delivery = delivery;
            }
        }
    }
}
