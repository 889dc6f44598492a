package org.iecmhc.lms.announcement;

import org.iecmhc.lms.platform.i18n.Language;

/**
 * An announcement as a reader's home page shows it: read as plain columns, so that showing it loads neither its
 * author's account nor its cohort or course.
 */
public record ShownAnnouncement(long id, Audience audience, String titleEn, String bodyEn, String titleEs,
        String bodyEs) {

    public Announcement.Text textFor(Language language) {
        return Announcement.Text.of(language, titleEn, bodyEn, titleEs, bodyEs);
    }
}
