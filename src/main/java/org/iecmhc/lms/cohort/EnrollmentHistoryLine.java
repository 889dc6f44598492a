package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.platform.i18n.Language;

/**
 * One trainee's past enrollment in a cohort as it will be stored: who, where it ended up, when they took part from
 * (null: the cohort's start) and when it ended (completion, non-completion or withdrawal), with a withdrawal's reason.
 */
public record EnrollmentHistoryLine(int line, String email, String firstName, String lastName, Language language,
                                    EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn,
                                    String withdrawalReason) implements Serializable {
}
