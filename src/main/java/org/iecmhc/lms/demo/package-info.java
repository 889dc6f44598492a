/**
 * The demo Network loaded with LMS_DEMO=true on an empty database: cohorts named by fiscal year, courses, services
 * and records that tell a coherent story (see docs/demo.md).
 */
package org.iecmhc.lms.demo;
