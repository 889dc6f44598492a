package org.iecmhc.lms.announcement;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.persistence.PageReads;
import org.iecmhc.lms.platform.security.CurrentViewer;

/**
 * The announcements on the signed-in person's home page, in their language, each with a dismiss button. Shown first,
 * they are read with every other view's read the page kept before it rendered ({@link PageReads}).
 */
@Named
@ViewScoped
public class HomeAnnouncementsView implements Serializable {

    @Inject
    Announcements announcements;

    @Inject
    CurrentViewer viewer;

    @Inject
    LanguageSelection language;

    @Inject
    PageReads reads;

    private transient List<ShownAnnouncement> shown;

    public List<ShownAnnouncement> getShown() {
        if (shown == null) {
            shown = reads.add(announcements.shownTo(viewer.email())).get();
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
