/**
 * Community Open-Door sessions: monthly drop-in sessions run by consultants, attendance by provider and the
 * participants' ratings. A consultant sees only their own sessions.
 */
package org.iecmhc.lms.opendoor;
