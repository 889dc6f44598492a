/**
 * The universal tier's helpline: calls with topics, counties and callers, their import, and the yearly tallies
 * the impact figures read. A call never identifies a child.
 */
package org.iecmhc.lms.helpline;
