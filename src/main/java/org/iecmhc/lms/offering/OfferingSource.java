package org.iecmhc.lms.offering;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.security.Viewer;

/**
 * A feature that offers something providers register for (Open-Door sessions, support series, webinars; provider
 * Communities of Practice later). Implemented as an application-scoped bean; {@link Offerings} finds every one.
 */
public interface OfferingSource {

    /** The kind in public addresses and stored registrations: lower-case letters, unique across features. */
    String kind();

    /** What is open for registration and starts after the given UTC time. */
    List<Offering> upcoming(LocalDateTime nowUtc);

    /** The offering of this id, open or not, when it exists. */
    Optional<Offering> find(long id);

    /**
     * The offering, its record locked until the caller's transaction ends, so that two people confirming at once
     * cannot both take the last seat.
     */
    Optional<Offering> lockForSeats(long id);

    /** Refuses a staff member who may not open the record (the same refusal as its own page). */
    void requireVisible(Viewer viewer, long id);

    /** Where the offering's recording can be watched once it has been held (webinars); empty for most. */
    default Optional<String> recordingLink(long id) {
        return Optional.empty();
    }
}
