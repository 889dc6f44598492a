/**
 * Cohorts, their completion requirements, enrollments with effective dates, trainee profiles and demographics, and
 * roster import. Computing progress against the requirements is left to completion.
 */
package org.iecmhc.lms.cohort;
