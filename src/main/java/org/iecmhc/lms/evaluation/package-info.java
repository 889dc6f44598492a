/**
 * Final evaluations: anonymous course evaluations from templates (group figures only, from three answers) and
 * faculty's competency evaluation of each trainee.
 */
package org.iecmhc.lms.evaluation;
