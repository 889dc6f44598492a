package org.iecmhc.lms.helpline;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The fiscal year a call counts in, named by the calendar year of its July 1. The boundary is the one the reports
 * use: midnight Pacific time on July 1, compared with the stored UTC time.
 */
final class CallYear {

    private CallYear() {
    }

    static int of(LocalDateTime receivedAtUtc) {
        int year = PacificTime.fromUtc(receivedAtUtc).getYear();
        return receivedAtUtc.isBefore(startUtc(year)) ? year - 1 : year;
    }

    static LocalDateTime startUtc(int year) {
        return PacificTime.toUtc(LocalDate.of(year, 7, 1).atStartOfDay());
    }
}
