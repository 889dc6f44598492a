package org.iecmhc.lms.support;

/**
 * A provider's mark in a session's attendance grid. The series records only who was present, so the grid offers
 * present and absent, with the same radio buttons the other attendance grids use.
 */
public enum Presence {
    PRESENT, ABSENT;

    static Presence of(boolean present) {
        return present ? PRESENT : ABSENT;
    }
}
