package org.iecmhc.lms.opendoor;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.offering.MeetingOfferings;

/** Open-Door sessions with a time and a capacity, offered on the public registration pages. */
@ApplicationScoped
public class OpenDoorOfferings extends MeetingOfferings<OpenDoorSession> {

    static final String KIND = "opendoor";

    public OpenDoorOfferings() {
        super(KIND, OpenDoorSessions.OWN);
    }
}
