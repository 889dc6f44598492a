package org.iecmhc.lms.announcement;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The announcements on the signed-in person's home page, in their language, each with a dismiss button. */
@Named
@ViewScoped
public class HomeAnnouncementsView implements Serializable {

    @Inject
    Announcements announcements;

    @Inject
    CurrentViewer viewer;

    @Inject
    LanguageSelection language;

    private transient List<ShownAnnouncement> shown;

    public List<ShownAnnouncement> getShown() {
        if (shown == null) {
            shown = announcements.activeFor(viewer.email());
        }
        return shown;
    }

    public Announcement.Text text(ShownAnnouncement announcement) {
        return announcement.textFor(Language.closestTo(language.getLocale()));
    }

    public void dismiss(long id) {
        announcements.dismiss(viewer.email(), id);
        shown = null;
    }
}
