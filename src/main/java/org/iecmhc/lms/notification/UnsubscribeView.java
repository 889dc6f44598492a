package org.iecmhc.lms.notification;

import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page an unsubscribe link opens, signed in or not. The link only shows what it would stop; the person's button
 * stops it, so that a mail program that opens links to scan them changes nothing.
 */
@Named
@ViewScoped
public class UnsubscribeView implements Serializable {

    @Inject
    Notifications notifications;

    private String token;
    private NotificationKind kind;
    private boolean done;

    public void load() {
        kind = notifications.kindOf(token).orElse(null);
    }

    public void stop() {
        Optional<NotificationKind> stopped = notifications.unsubscribe(token);
        kind = stopped.orElse(null);
        done = stopped.isPresent();
    }

    public boolean isValid() {
        return kind != null;
    }

    public boolean isDone() {
        return done;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
