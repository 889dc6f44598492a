package org.iecmhc.lms.webinar;

import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * What a webinar form holds, checked by {@link Webinars}; only administrators name the facilitator.
 *
 * @param when its date, start (Pacific) and minutes as typed
 */
public record WebinarDetails(String title, String topic, ServiceLanguage language, Long facilitatorId,
                             MeetingTime when) {
}
