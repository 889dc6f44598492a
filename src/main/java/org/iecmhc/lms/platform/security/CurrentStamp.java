package org.iecmhc.lms.platform.security;

import java.util.Map;

/**
 * An account's security stamp as the database holds it now, with the person's {@link PersonalFigure}s read in the
 * same statement, by name.
 */
public record CurrentStamp(long value, Map<String, Long> figures) {

    public CurrentStamp {
        figures = Map.copyOf(figures);
    }
}
