/**
 * A person's own data: the export of everything held about them, gathered from each feature's PersonalData, and
 * anonymisation when they leave.
 */
package org.iecmhc.lms.privacy;
