package org.iecmhc.lms.consultation;

/** How much consultation an assignment has had so far. */
public record ActivityTotals(long activities, long minutes) {
}
