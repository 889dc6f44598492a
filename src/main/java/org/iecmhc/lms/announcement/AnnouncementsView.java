package org.iecmhc.lms.announcement;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** Composing announcements and the list of those the person may manage, with deletion. */
@Named
@ViewScoped
public class AnnouncementsView implements Serializable {

    @Inject
    Announcements announcements;

    @Inject
    CurrentViewer viewer;

    @Inject
    LanguageSelection language;

    private AnnouncementForm form = new AnnouncementForm();
    // read again after the session moved to another cluster member, rather than serialized with it
    private transient List<Cohort> cohorts;
    private transient List<Course> courses;

    private final LazyDataModel<Announcement> model = PagedList.of(() -> announcements.count(email()),
            (first, size) -> announcements.list(email(), first, size), Announcement::getId);

    public void publish() {
        if (FormAction.done(() -> announcements.publish(email(), form.details()), FormAction.toFields("compose"),
                "announcement.published")) {
            form = new AnnouncementForm();
        }
    }

    public void delete(long id) {
        FormAction.done(() -> announcements.delete(email(), id), FormAction.toMessage(null), "announcement.deleted");
    }

    /** Administrators address any audience; faculty only a course. */
    public List<Audience> getAudiences() {
        return isAdministrator() ? Arrays.asList(Audience.values()) : List.of(Audience.COURSE);
    }

    public boolean isAdministrator() {
        return viewer.hasRole(Roles.ADMINISTRATOR);
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = isAdministrator() ? announcements.cohorts() : List.of();
        }
        return cohorts;
    }

    public List<Course> getCourses() {
        if (courses == null) {
            courses = announcements.courses(email());
        }
        return courses;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String title(Announcement announcement) {
        return announcement.textFor(Language.closestTo(language.getLocale())).title();
    }

    public String time(Announcement announcement) {
        return PacificTime.format(announcement.getPublishedAt());
    }

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<Announcement> getModel() {
        return model;
    }

    public AnnouncementForm getForm() {
        return form;
    }
}
