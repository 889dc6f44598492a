package org.iecmhc.lms.platform.web;

import java.io.Serializable;

/**
 * Someone's line in an attendance grid (a trainee at a meeting or session, an enrolled provider at a support
 * session): whose line it is, by id, and the name shown; each grid adds the mark it takes.
 */
public abstract class AttendeeRow implements Serializable {

    private final long id;
    private final String name;

    protected AttendeeRow(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
