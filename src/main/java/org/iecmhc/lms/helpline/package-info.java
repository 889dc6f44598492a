/**
 * The universal tier's helpline: calls with topics, counties and callers, their import, and the yearly tallies
 * the impact figures read; the referral directory calls refer to and its yearly referral counts. A call never
 * identifies a child.
 */
package org.iecmhc.lms.helpline;
