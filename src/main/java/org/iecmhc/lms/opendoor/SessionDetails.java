package org.iecmhc.lms.opendoor;

import java.time.LocalDate;

import org.iecmhc.lms.provider.ServiceLanguage;

/** What a session form holds, checked by {@link OpenDoorSessions}; only administrators name the facilitator. */
public record SessionDetails(LocalDate heldOn, String title, ServiceLanguage language, Long facilitatorId) {
}
