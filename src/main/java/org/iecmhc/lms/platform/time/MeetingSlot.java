package org.iecmhc.lms.platform.time;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A {@link MeetingTime} as supervision sessions, Community of Practice meetings and Community of Support sessions
 * store it: the start in UTC and the length in minutes. The three tables name the columns alike, so the one name that
 * is not its attribute's ({@code duration_minutes}) is declared here once rather than overridden in each entity.
 */
@Embeddable
public class MeetingSlot implements Serializable {

    private LocalDateTime startsAt;

    @Column(name = "duration_minutes")
    private int minutes;

    protected MeetingSlot() {
    }

    /** Stores a meeting time that its feature has already checked. */
    public MeetingSlot(MeetingTime time) {
        startsAt = time.startsAtUtc();
        minutes = time.minutes();
    }

    /** In UTC. */
    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getStartsAtPacific() {
        return PacificTime.fromUtc(startsAt);
    }

    public int getMinutes() {
        return minutes;
    }

    /** The date, start and minutes as California sees them, to fill a form. */
    public MeetingTime meetingTime() {
        return MeetingTime.ofUtc(startsAt, minutes);
    }

    /** Whether the meeting has begun by this UTC time, so that attendance can be taken. */
    public boolean hasStartedBy(LocalDateTime nowUtc) {
        return !startsAt.isAfter(nowUtc);
    }

    /** Such as "2026-03-04 18:30 PT", for menus and lists. */
    public String label() {
        return PacificTime.format(startsAt);
    }
}
