package org.iecmhc.lms.announcement;

import java.time.LocalDate;

import org.iecmhc.lms.identity.Role;

/**
 * What the compose form hands over: the audience (with the cohort, role or course it names), the text in English
 * and/or Spanish, the last day it is shown, and whether it is also mailed.
 */
public record AnnouncementDetails(Audience audience, Long cohortId, Role role, Long courseId, String titleEn,
                                  String bodyEn, String titleEs, String bodyEs, LocalDate lastDay, boolean mail) {
}
