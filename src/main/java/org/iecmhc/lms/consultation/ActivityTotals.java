package org.iecmhc.lms.consultation;

import java.io.Serializable;

/** How much consultation an assignment has had so far. */
public record ActivityTotals(long activities, long minutes) implements Serializable {
}
