/**
 * The Network's figures "by the numbers" for a range of fiscal years, cohort demographics and completion
 * rates, with charts, the county map and CSV, Excel and PDF exports. It reads other features' records, never changes them.
 */
package org.iecmhc.lms.reporting;
