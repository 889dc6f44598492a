/**
 * Courses of a cohort: modules, materials, assignments with rubrics, submissions, grading and the gradebook. It
 * offers its passed courses to completion as a CreditSource.
 */
package org.iecmhc.lms.course;
