/**
 * Reflective-supervision sessions, their attendance and hours, who supervises in a cohort, and confidential
 * notes that only their author and the trainee they are about can read.
 */
package org.iecmhc.lms.supervision;
