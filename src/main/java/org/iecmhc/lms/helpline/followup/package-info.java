/**
 * The helpline's work queue: follow-ups a call opens, each owned by a helpline staff member with a due date, and
 * closed with what came of it. The calls themselves stay with the helpline feature.
 */
package org.iecmhc.lms.helpline.followup;
