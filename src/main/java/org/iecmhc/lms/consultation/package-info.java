/**
 * Intensive consultation assignments of a consultant to a program or provider: activity log, children
 * benefiting and staff influenced as counts (never a child's record), and the closing satisfaction survey.
 */
package org.iecmhc.lms.consultation;
