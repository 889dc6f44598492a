package org.iecmhc.lms.webinar;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.offering.MeetingOfferings;

/** Webinars with a capacity, offered on the public registration pages; once held, their recording is shown there. */
@ApplicationScoped
public class WebinarOfferings extends MeetingOfferings<Webinar> {

    static final String KIND = "webinar";

    public WebinarOfferings() {
        super(KIND, Webinars.OWN);
    }

    @Override
    public Optional<String> recordingLink(long id) {
        return Optional.ofNullable(em.find(Webinar.class, id)).map(Webinar::getRecordingLink);
    }
}
