/**
 * Community of Support series: a consultant's series of sessions in English or Spanish, enrolled providers,
 * attendance and the final survey. A consultant sees only their own series.
 */
package org.iecmhc.lms.support;
