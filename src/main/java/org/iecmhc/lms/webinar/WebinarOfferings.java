package org.iecmhc.lms.webinar;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.offering.MeetingOfferings;
import org.iecmhc.lms.platform.security.Viewer;

/** Webinars with a capacity, offered on the public registration pages; once held, their recording is shown there. */
@ApplicationScoped
public class WebinarOfferings extends MeetingOfferings<Webinar> {

    static final String KIND = "webinar";

    @Inject
    Webinars webinars;

    public WebinarOfferings() {
        super(KIND, Webinar.class);
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        webinars.visible(viewer, id);
    }

    @Override
    public Optional<String> recordingLink(long id) {
        return Optional.ofNullable(em.find(Webinar.class, id)).map(Webinar::getRecordingLink);
    }
}
