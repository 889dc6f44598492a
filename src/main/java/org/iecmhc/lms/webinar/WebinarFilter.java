package org.iecmhc.lms.webinar;

import java.io.Serializable;

import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * What the webinar list is narrowed by; null (or blank text) filters nothing.
 *
 * @param text   part of the title or topic
 * @param period whether it has begun
 */
public record WebinarFilter(ServiceLanguage language, String text, Period period) implements Serializable {

    /** Whether a webinar is still to come or has begun. */
    public enum Period {
        UPCOMING, PAST;

        public String messageKey() {
            return "webinar.period." + name();
        }
    }
}
