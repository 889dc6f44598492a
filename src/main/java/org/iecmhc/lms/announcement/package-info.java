/**
 * Announcements: administrators to the whole Network, a cohort or a role, faculty to their course; shown on each
 * reader's home page in their language until dismissed or expired, and optionally mailed through the outbox.
 */
package org.iecmhc.lms.announcement;
