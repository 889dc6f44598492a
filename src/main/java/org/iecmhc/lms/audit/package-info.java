/**
 * The administrators' audit log page. Writing and keeping the log is platform/audit's, which every feature uses;
 * reading it is a page like any other, so it lives here and platform holds no page beans.
 */
package org.iecmhc.lms.audit;
