package org.iecmhc.lms.testimonial;

import java.util.Arrays;
import java.util.Optional;

/** A service whose participants' comments may be quoted; also the first part of a testimonial's key. */
public enum QuotedService {
    OPEN_DOOR, SUPPORT, CONSULTATION;

    public String messageKey() {
        return "testimonial.service." + name();
    }

    /** The service named by a filter's or key's text; empty for anything else. */
    public static Optional<QuotedService> parse(String name) {
        return Arrays.stream(values()).filter(service -> service.name().equals(name)).findFirst();
    }
}
