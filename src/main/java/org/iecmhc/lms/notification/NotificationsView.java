package org.iecmhc.lms.notification;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The signed-in person's notifications, newest first, a page at a time by the {@code page} parameter. Opening one
 * marks it read and goes to its page; request-scoped, since each action names its notification by id and the
 * service checks that it is the person's own. Every action ends in a redirect: the bell was counted before it.
 */
@Named
@RequestScoped
public class NotificationsView {

    static final int PAGE_SIZE = 20;
    private static final String PAGE_AGAIN = Notifications.PAGE + "?faces-redirect=true&page=";

    @Inject
    Notifications notifications;

    @Inject
    CurrentViewer viewer;

    @Inject
    LanguageSelection language;

    private int page;
    private NotificationPage shown;

    public List<NotificationRow> getRows() {
        return shown().rows().stream().map(n -> new NotificationRow(n.getId(), n.text(language.getLocale()),
                PacificTime.format(n.getCreatedAt()), n.isRead(), n.getLinkPath())).toList();
    }

    private NotificationPage shown() {
        if (shown == null) {
            shown = notifications.page(viewer.get().email(), page, PAGE_SIZE);
        }
        return shown;
    }

    public boolean isHasPrevious() {
        return shown().hasPrevious();
    }

    public boolean isHasNext() {
        return shown().hasNext();
    }

    public long getTotal() {
        return shown().total();
    }

    /** Marks it read and opens its page (or stays here when it points nowhere). */
    public String open(long id) {
        return notifications.markRead(viewer.get().email(), id).map(Notification::getLinkPath)
                .map(this::redirectTo).orElse(null);
    }

    /** Marks it read and shows the same page again, by a redirect so that the bell counts afresh. */
    public String markRead(long id) {
        notifications.markRead(viewer.get().email(), id);
        return PAGE_AGAIN + page;
    }

    public String markAllRead() {
        notifications.markAllRead(viewer.get().email());
        Messages.infoAcrossRedirect("notification.allRead");
        return PAGE_AGAIN + 0;
    }

    private String redirectTo(String linkPath) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + linkPath);
            faces.responseComplete();
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int getPage() {
        return page;
    }

    public String getPageParameter() {
        return String.valueOf(page);
    }

    /** The address's page number; anything but a whole number from 0 is the first page, as for a list's start. */
    public void setPageParameter(String parameter) {
        page = parameter != null && parameter.matches("\\d{1,6}") ? Integer.parseInt(parameter) : 0;
    }
}
