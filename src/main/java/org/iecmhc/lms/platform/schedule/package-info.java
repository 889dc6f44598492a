/**
 * Scheduled work that runs once per cluster: every instance runs the same schedules, and a job's work is done by the
 * instance holding the job's lease, a row in the shared database. Outbox sending uses it; reminders and digests take
 * a lease per period so that each is sent once however many instances run.
 */
package org.iecmhc.lms.platform.schedule;
