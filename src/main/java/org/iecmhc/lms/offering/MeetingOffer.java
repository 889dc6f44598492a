package org.iecmhc.lms.offering;

import org.iecmhc.lms.platform.time.MeetingSlot;

/** A record offered for the one meeting it is (an Open-Door session, a webinar). */
public interface MeetingOffer extends OfferedRecord {

    /** When it meets; null while no time is set. */
    MeetingSlot getSlot();
}
