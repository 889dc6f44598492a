/**
 * Practicum placements with providers and the trainees' practicum logs, reviewed (approved or returned) by
 * faculty; approved hours count toward completion.
 */
package org.iecmhc.lms.practicum;
