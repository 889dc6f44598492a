package org.iecmhc.lms.opendoor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.offering.MeetingOfferings;
import org.iecmhc.lms.platform.security.Viewer;

/** Open-Door sessions with a time and a capacity, offered on the public registration pages. */
@ApplicationScoped
public class OpenDoorOfferings extends MeetingOfferings<OpenDoorSession> {

    static final String KIND = "opendoor";

    @Inject
    OpenDoorSessions sessions;

    public OpenDoorOfferings() {
        super(KIND, OpenDoorSession.class);
    }

    @Override
    public void requireVisible(Viewer viewer, long id) {
        sessions.visible(viewer, id);
    }
}
