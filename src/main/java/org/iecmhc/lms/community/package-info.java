/**
 * Communities of Practice for trainees: series of meetings with a facilitator and attendance, credited to
 * completion. Not to be confused with practicum, the supervised field placement.
 */
package org.iecmhc.lms.community;
